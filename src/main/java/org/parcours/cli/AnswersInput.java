package org.parcours.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.parcours.engine.Answers;
import org.parcours.questionnaire.AnswersFile;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;

/** An answers file read, then held to the engine's rules; every problem is printed at its place. */
final class AnswersInput {

    private AnswersInput() {
    }

    /** The file's values and their places, or empty when it is not a valid YAML or JSON map (printed). */
    static Optional<AnswersFile.Located> read(String file, String text, PrintStream err) {
        try {
            return Optional.of(AnswersFile.readLocated(file, text));
        } catch (QuestionnaireException e) {
            ProblemList.print(e.problems(), err);
            return Optional.empty();
        }
    }

    /** The answers, or empty when one is invalid (printed as {@code file:line:column: invalid answer…}). */
    static Optional<Answers> checked(Questionnaire q, AnswersFile.Located raw, PrintStream err) {
        Answers.Parsed parsed = Answers.fromRaw(q, raw.values());
        if (!parsed.problems().isEmpty()) {
            ProblemList.print(parsed.problems().stream().map(p -> raw.problem(p.questionId(),
                    "invalid answer to '" + p.questionId() + "': " + p.message().in("en"))).toList(), err);
            return Optional.empty();
        }
        return Optional.of(parsed.answers());
    }
}
