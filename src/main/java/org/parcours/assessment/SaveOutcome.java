package org.parcours.assessment;

import java.util.List;
import java.util.Optional;
import org.parcours.engine.AnswerProblem;
import org.parcours.engine.AnswerValue;

/**
 * What became of a change: saved, refused by the engine's rules, overtaken by a change of the same answer made
 * elsewhere, or aimed at an assessment that no longer exists.
 */
public sealed interface SaveOutcome {

    /** Stored; {@code state} is the assessment as it now is. */
    record Saved(AssessmentState state) implements SaveOutcome {
    }

    /** Not stored: the answer breaks the questionnaire's rules. Nothing already saved changed. */
    record Refused(List<AnswerProblem> problems) implements SaveOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Not stored: the same answer was changed since the version the caller saw (another tab, another device,
     * a teammate). {@code theirs} is the answer now saved (empty if cleared) and {@code version} its version:
     * naming it in a new change keeps one's own value knowingly.
     */
    record Conflict(String questionId, Optional<AnswerValue> theirs, long version, AssessmentState state)
            implements SaveOutcome {
    }

    /** Not stored: the link no longer opens an assessment (erased, or never existed). */
    record NotFound() implements SaveOutcome {
    }
}
