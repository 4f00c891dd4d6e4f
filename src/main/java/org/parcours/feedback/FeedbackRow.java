package org.parcours.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "recommendation_feedback")
class FeedbackRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "questionnaire_id", nullable = false)
    private String questionnaireId;

    @Column(name = "questionnaire_version", nullable = false)
    private String questionnaireVersion;

    @Column(name = "recommendation_id", nullable = false)
    private String recommendationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false)
    private Verdict verdict;

    @Column(name = "comment")
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FeedbackRow() {
    }

    FeedbackRow(long assessmentId, String questionnaireId, String questionnaireVersion, String recommendationId,
                Instant now) {
        this.assessmentId = assessmentId;
        this.questionnaireId = questionnaireId;
        this.questionnaireVersion = questionnaireVersion;
        this.recommendationId = recommendationId;
        this.createdAt = now;
    }

    void give(Verdict verdict, Optional<String> comment, Instant now) {
        this.verdict = verdict;
        this.comment = comment.orElse(null);
        this.updatedAt = now;
    }

    Feedback feedback() {
        return new Feedback(recommendationId, verdict, Optional.ofNullable(comment));
    }
}
