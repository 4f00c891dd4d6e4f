package org.parcours.assessment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.parcours.engine.Engine;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Questionnaire;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every assessment of one questionnaire version, evaluated by the engine one after the other, for figures computed
 * over many (the operator's aggregates): the answers are read in one pass ordered by assessment, so that only one
 * assessment's answers are in memory at a time, and each snapshot's questionnaire is loaded once.
 */
@Service
public class AssessmentEvaluations {

    private final JdbcTemplate jdbc;
    private final SnapshotRepository snapshots;
    private final QuestionnaireCatalog catalog;

    AssessmentEvaluations(JdbcTemplate jdbc, SnapshotRepository snapshots, QuestionnaireCatalog catalog) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.catalog = catalog;
    }

    /** Hands each assessment of this version to {@code each}, with its evaluation; those without answers too. */
    @Transactional(readOnly = true)
    public void forEach(String questionnaireId, String version, Consumer<Evaluated> each) {
        Map<Long, Questionnaire> bySnapshot = new HashMap<>();
        Batch batch = new Batch();
        jdbc.query("select s.id, s.snapshot_id, a.question_id, a.value_json from assessment s "
                + "left join answer a on a.assessment_id = s.id and a.value_json is not null "
                + "where s.questionnaire_id = ? and s.questionnaire_version = ? order by s.id", row -> {
                    long id = row.getLong(1);
                    if (batch.id != null && batch.id != id) batch.flush(each);
                    if (batch.id == null || batch.id != id) {
                        batch.id = id;
                        batch.questionnaire = bySnapshot.computeIfAbsent(row.getLong(2), this::questionnaire);
                    }
                    String question = row.getString(3);
                    if (question != null) batch.answers.put(question, row.getString(4));
                }, questionnaireId, version);
        if (batch.id != null) batch.flush(each);
    }

    private Questionnaire questionnaire(long snapshotId) {
        QuestionnaireSnapshot snapshot = snapshots.findById(snapshotId).orElseThrow();
        return catalog.version(snapshot.questionnaireId(), snapshot.contentHash(), snapshot::files);
    }

    /** One assessment and its evaluation. */
    public record Evaluated(long assessmentId, Evaluation evaluation) {
    }

    /** The answers of the assessment being read. */
    private static final class Batch {
        private Long id;
        private Questionnaire questionnaire;
        private final Map<String, String> answers = new LinkedHashMap<>();

        void flush(Consumer<Evaluated> each) {
            each.accept(new Evaluated(id, Engine.evaluate(questionnaire, AnswerCodec.decodeJson(questionnaire,
                    answers))));
            answers.clear();
        }
    }
}
