package org.parcours.operator.aggregate;

import java.util.List;

/** What teams said of one recommendation, shown only when at least k answered about it. */
public record FeedbackLine(String recommendationId, String title, int useful, int notForUs, int wrong,
                           List<String> comments) {

    public FeedbackLine {
        comments = List.copyOf(comments);
    }

    public int total() {
        return useful + notForUs + wrong;
    }
}
