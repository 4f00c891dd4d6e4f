package org.parcours.questionnaire;

import java.util.Optional;

/**
 * A part a resource can have (its code, its data, its content). It is present when {@code condition} holds (always
 * without one); recommendations naming it rank among themselves, and only while it is present.
 */
public record Component(String id, LocalizedText title, Optional<Condition> condition) {
}
