package org.parcours.assessment;

import java.util.List;
import org.parcours.engine.AnswerProblem;

/** What became of a change: saved, refused by the engine's rules, or overtaken by a change made elsewhere. */
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

    /** Not stored: the assessment changed since the version the caller saw (another tab, another device). */
    record Conflict() implements SaveOutcome {
    }
}
