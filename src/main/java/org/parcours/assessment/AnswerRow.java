package org.parcours.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Persistable;

/**
 * One answer of one assessment: the question id, the value as JSON (null once cleared: the row stays, so that
 * its version keeps counting) and its version, the optimistic lock of this one answer.
 */
@Entity
@Table(name = "answer")
@IdClass(AnswerRow.Key.class)
class AnswerRow implements Persistable<AnswerRow.Key> {

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

    @Column(name = "value_json")
    private String valueJson;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * A row made here is inserted, never merged: two first answers to one question saved at the same moment must
     * meet on the primary key (the second is a conflict), not have the second overwrite the first, which a merge
     * of a row with an id does once the first has committed.
     */
    @Transient
    private boolean fresh = true;

    /** Carried over from the previous round and neither saved again nor confirmed since. */
    @Column(name = "to_confirm", nullable = false)
    private boolean toConfirm;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AnswerRow() {
    }

    AnswerRow(Long assessmentId, String questionId, String valueJson, Instant updatedAt) {
        this.assessmentId = assessmentId;
        this.questionId = questionId;
        this.valueJson = valueJson;
        this.updatedAt = updatedAt;
    }

    /** An answer carried over from the previous round: « à confirmer » until saved again or confirmed. */
    static AnswerRow carried(Long assessmentId, String questionId, String valueJson, Instant now) {
        AnswerRow row = new AnswerRow(assessmentId, questionId, valueJson, now);
        row.toConfirm = true;
        return row;
    }

    boolean toConfirm() {
        return toConfirm;
    }

    /** The team says the carried answer still holds: it is theirs now, as if saved again. */
    void confirm(Instant now) {
        this.toConfirm = false;
        this.updatedAt = now;
    }

    @Override
    public Key getId() {
        return new Key(assessmentId, questionId);
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    String questionId() {
        return questionId;
    }

    /** Empty once the answer was cleared. */
    Optional<String> valueJson() {
        return Optional.ofNullable(valueJson);
    }

    /**
     * The answer's version as callers see it: 1 for a new row, one more at each change. JPA starts its own
     * counter at 0 on insert; 0 is kept for "never answered".
     */
    long version() {
        return version + 1;
    }

    /** A new value, or none (cleared). */
    void replace(String valueJson, Instant now) {
        this.valueJson = valueJson;
        this.toConfirm = false;
        this.updatedAt = now;
    }
}
