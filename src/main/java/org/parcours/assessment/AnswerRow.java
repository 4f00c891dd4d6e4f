package org.parcours.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One answer of one assessment: the question id and the value as JSON. */
@Entity
@Table(name = "answer")
@IdClass(AnswerRow.Key.class)
class AnswerRow {

    record Key(Long assessmentId, String questionId) implements Serializable {
        @SuppressWarnings("unused") // for JPA
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "assessment_id")
    private Long assessmentId;

    @Id
    @Column(name = "question_id")
    private String questionId;

    @Column(name = "value_json", nullable = false)
    private String valueJson;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AnswerRow() {
    }

    AnswerRow(Long assessmentId, String questionId, String valueJson, Instant updatedAt) {
        this.assessmentId = assessmentId;
        this.questionId = questionId;
        this.valueJson = valueJson;
        this.updatedAt = updatedAt;
    }

    String questionId() {
        return questionId;
    }

    String valueJson() {
        return valueJson;
    }

    void replace(String valueJson, Instant now) {
        this.valueJson = valueJson;
        this.updatedAt = now;
    }
}
