package org.parcours.operator.aggregate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The figures of one questionnaire version after the anonymity threshold. With fewer than k assessments nothing
 * but that fact is given: {@code finished} and every section are empty.
 *
 * @param feedbackOthers the responses on recommendations with fewer than k responses each, merged (0 when under k)
 */
public record Aggregates(String questionnaireId, String version, String title, String locale, int threshold,
                         Instant computedAt, int assessments, Optional<Integer> finished, List<Section> levels,
                         List<Section> firstOptions, Optional<Section> brakes, Optional<Section> levers,
                         List<FeedbackLine> feedback, int feedbackOthers) {

    public Aggregates {
        levels = List.copyOf(levels);
        firstOptions = List.copyOf(firstOptions);
        feedback = List.copyOf(feedback);
    }

    public boolean shown() {
        return assessments >= threshold;
    }

    /** The share of assessments finished, 0..100, when shown. */
    public Optional<Integer> completionPercent() {
        return finished.map(done -> (int) Math.round(100.0 * done / assessments));
    }
}
