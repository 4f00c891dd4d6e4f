package org.parcours.engine;

import java.util.Optional;
import org.parcours.questionnaire.Dimension;

/**
 * The members' scores of one dimension, each member's answers scored alone: how many members have a score there, and
 * the lowest, median and highest percent (empty when no member has one).
 */
public record ScoreSpread(Dimension dimension, int scored, Optional<NumberRange> range) {
}
