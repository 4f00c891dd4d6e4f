package org.parcours.engine;

import org.parcours.questionnaire.LocalizedText;

/** An answer that cannot be accepted, with a message in French and English. */
public record AnswerProblem(String questionId, ProblemCode code, LocalizedText message) {

    @Override
    public String toString() {
        return questionId + ": " + message.in("en");
    }
}
