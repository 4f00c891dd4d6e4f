package org.parcours.feedback;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps and gives back a team's verdicts on its recommendations. */
@Service
public class FeedbackService {

    private final AssessmentService assessments;
    private final FeedbackRepository rows;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FeedbackService(AssessmentService assessments, FeedbackRepository rows, TransactionTemplate transactions,
                    Clock clock) {
        this.assessments = assessments;
        this.rows = rows;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Keeps the team's verdict on one recommendation of its questionnaire, replacing an earlier one. The comment is
     * trimmed, control characters other than line breaks become spaces, and a blank one is no comment.
     */
    public FeedbackOutcome give(AssessmentState state, String recommendationId, Verdict verdict, String comment) {
        Optional<String> text = clean(comment);
        if (text.map(t -> t.codePointCount(0, t.length()) > Feedback.MAX_COMMENT).orElse(false)) {
            return new FeedbackOutcome.Refused(FeedbackOutcome.Problem.COMMENT_TOO_LONG);
        }
        if (state.questionnaire().recommendation(recommendationId).isEmpty()) {
            return new FeedbackOutcome.Refused(FeedbackOutcome.Problem.UNKNOWN_RECOMMENDATION);
        }
        Optional<Long> assessmentId = assessments.idOf(state.token());
        if (assessmentId.isEmpty()) {
            return new FeedbackOutcome.Refused(FeedbackOutcome.Problem.UNKNOWN_ASSESSMENT);
        }
        try {
            return keep(state, assessmentId.get(), recommendationId, verdict, text);
        } catch (DataIntegrityViolationException sameMomentAsAnother) {
            // the same team sent a first verdict twice at once: the other one created the row; replace it
            return keep(state, assessmentId.get(), recommendationId, verdict, text);
        }
    }

    private FeedbackOutcome keep(AssessmentState state, long assessmentId, String recommendationId, Verdict verdict,
                                 Optional<String> text) {
        return transactions.execute(status -> {
            FeedbackRow row = rows.findByAssessmentIdAndRecommendationId(assessmentId, recommendationId)
                    .orElseGet(() -> new FeedbackRow(assessmentId, state.questionnaire().id(),
                            state.questionnaire().version(), recommendationId, clock.instant()));
            row.give(verdict, text, clock.instant());
            return new FeedbackOutcome.Saved(rows.saveAndFlush(row).feedback());
        });
    }

    /** The verdicts this team gave, by recommendation id, so that the page shows them again when reopened. */
    public Map<String, Feedback> givenBy(AssessmentState state) {
        return assessments.idOf(state.token())
                .map(id -> transactions.execute(status -> rows.findByAssessmentId(id).stream()
                        .map(FeedbackRow::feedback)
                        .collect(Collectors.toMap(Feedback::recommendationId, Function.identity()))))
                .orElse(Map.of());
    }

    private static Optional<String> clean(String comment) {
        if (comment == null) return Optional.empty();
        String text = comment.replaceAll("\\r\\n?", "\n").replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
