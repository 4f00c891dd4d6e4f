package org.parcours.questionnaire;

/** An option's place on the speed boat, with the note shown there. */
public record SpeedboatMark(SpeedboatPart part, LocalizedText note) {
}
