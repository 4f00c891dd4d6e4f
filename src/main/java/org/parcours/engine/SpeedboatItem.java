package org.parcours.engine;

import org.parcours.questionnaire.LocalizedText;

/** A chosen option that lands on the speed boat. */
public record SpeedboatItem(String questionId, String optionId, LocalizedText note) {
}
