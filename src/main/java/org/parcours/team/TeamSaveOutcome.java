package org.parcours.team;

import java.util.List;
import java.util.Optional;
import org.parcours.engine.AnswerProblem;
import org.parcours.engine.AnswerValue;

/** What became of a change of a team's answer. */
public sealed interface TeamSaveOutcome {

    /** Stored; {@code answers} is the set as it now is. */
    record Saved(AnswerSet answers, long revision) implements TeamSaveOutcome {
    }

    /** Not stored: the answer breaks the questionnaire's rules. Nothing saved changed. */
    record Refused(List<AnswerProblem> problems) implements TeamSaveOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Not stored: someone changed the same answer since the version the caller saw. {@code theirs} is the answer now
     * saved (empty if cleared) and {@code mark} its version, time and author: naming that version keeps one's own
     * value knowingly.
     */
    record Conflict(String questionId, Optional<AnswerValue> theirs, AnswerMark mark, AnswerSet answers)
            implements TeamSaveOutcome {
    }

    /** Not stored: the team is closed; its answers no longer change. */
    record Closed() implements TeamSaveOutcome {
    }

    /** Not stored: the link opens nothing (unknown, revoked, or not allowed to change this set). */
    record NotFound() implements TeamSaveOutcome {
    }
}
