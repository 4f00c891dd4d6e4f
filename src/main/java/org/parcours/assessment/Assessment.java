package org.parcours.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * One team's run through one questionnaire. {@code version} is the optimistic lock: every change to the
 * assessment or its answers moves it on, so two tabs never overwrite each other silently.
 */
@Entity
@Table(name = "assessment")
class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "snapshot_id", nullable = false)
    private QuestionnaireSnapshot snapshot;

    @Column(name = "questionnaire_id", nullable = false)
    private String questionnaireId;

    @Column(name = "questionnaire_version", nullable = false)
    private String questionnaireVersion;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "team_name")
    private String teamName;

    @Column(name = "locale", nullable = false)
    private String locale;

    @Column(name = "current_phase")
    private String currentPhase;

    @Column(name = "current_part")
    private Integer currentPart;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Assessment() {
    }

    Assessment(String tokenHash, QuestionnaireSnapshot snapshot, String questionnaireVersion, String teamName,
               String locale, Instant now) {
        this.tokenHash = tokenHash;
        this.snapshot = snapshot;
        this.questionnaireId = snapshot.questionnaireId();
        this.questionnaireVersion = questionnaireVersion;
        this.contentHash = snapshot.contentHash();
        this.teamName = teamName;
        this.locale = locale;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    QuestionnaireSnapshot snapshot() {
        return snapshot;
    }

    Optional<String> teamName() {
        return Optional.ofNullable(teamName);
    }

    Optional<String> currentPhase() {
        return Optional.ofNullable(currentPhase);
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    /** Marks a change, so the optimistic lock moves on even when only an answer row changed. */
    void touch(Instant now) {
        this.updatedAt = now;
    }

    /** 1 when the team has not moved past a phase's first part. */
    int currentPart() {
        return currentPart == null ? 1 : currentPart;
    }

    void moveTo(String phaseId, int part, Instant now) {
        this.currentPhase = phaseId;
        this.currentPart = part;
        touch(now);
    }
}
