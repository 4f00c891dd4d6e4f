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
import java.time.Instant;
import java.util.Optional;

/**
 * One team's run through one questionnaire. It holds no lock of its own: concurrency is per answer
 * ({@link AnswerRow}'s version), and the page a team is on and the time of the last change are written by plain
 * updates that never conflict.
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

    /** The id of the series' first round; null while the assessment was never taken again. */
    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "round_number", nullable = false)
    private int roundNumber = 1;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

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

    /** The next round of this one: same team name and language, on {@code snapshot}, in this one's series. */
    Assessment nextRound(String tokenHash, QuestionnaireSnapshot snapshot, String questionnaireVersion, Instant now) {
        Assessment next = new Assessment(tokenHash, snapshot, questionnaireVersion, teamName, locale, now);
        next.seriesId = series();
        next.roundNumber = roundNumber + 1;
        return next;
    }

    /** The series this assessment belongs to, or would found if taken again. */
    long series() {
        return seriesId == null ? id : seriesId;
    }

    int roundNumber() {
        return roundNumber;
    }

    Long id() {
        return id;
    }

    QuestionnaireSnapshot snapshot() {
        return snapshot;
    }

    String locale() {
        return locale;
    }

    Optional<String> teamName() {
        return Optional.ofNullable(teamName);
    }

    Optional<String> currentPhase() {
        return Optional.ofNullable(currentPhase);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** 1 when the team has not moved past a phase's first part. */
    int currentPart() {
        return currentPart == null ? 1 : currentPart;
    }

}
