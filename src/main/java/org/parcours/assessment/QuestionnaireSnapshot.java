package org.parcours.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.parcours.questionnaire.Questionnaire;

/** The exact YAML text of one questionnaire version, stored once per content hash. */
@Entity
@Table(name = "questionnaire_snapshot")
class QuestionnaireSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "questionnaire_id", nullable = false)
    private String questionnaireId;

    @Column(name = "questionnaire_version", nullable = false)
    private String questionnaireVersion;

    @Column(name = "content_hash", nullable = false, unique = true)
    private String contentHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "questionnaire_snapshot_file", joinColumns = @JoinColumn(name = "snapshot_id"))
    @MapKeyColumn(name = "file_name")
    @Column(name = "content", nullable = false)
    private Map<String, String> files = new HashMap<>();

    protected QuestionnaireSnapshot() {
    }

    QuestionnaireSnapshot(Questionnaire questionnaire, Instant createdAt) {
        this.questionnaireId = questionnaire.id();
        this.questionnaireVersion = questionnaire.version();
        this.contentHash = questionnaire.contentHash();
        this.createdAt = createdAt;
        this.files = new HashMap<>(questionnaire.sourceFiles());
    }

    Long id() {
        return id;
    }

    String questionnaireId() {
        return questionnaireId;
    }

    String contentHash() {
        return contentHash;
    }

    Map<String, String> files() {
        return Map.copyOf(files);
    }
}
