package org.parcours.assessment;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.parcours.engine.Engine;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Questionnaire;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every assessment of one questionnaire version, evaluated by the engine one after the other, for figures computed
 * over many (the operator's aggregates): the answers are read in one pass ordered by assessment, so that only one
 * assessment's answers are in memory at a time, and each snapshot's questionnaire is loaded once. Used by the
 * aggregates and by the bulk export, which must never hold the whole set in memory.
 */
@Service
public class AssessmentEvaluations {

    /** Rows fetched from the database at a time: PostgreSQL would otherwise read the whole result first. */
    private static final int FETCH = 500;

    private final JdbcTemplate jdbc;
    private final SnapshotRepository snapshots;
    private final QuestionnaireCatalog catalog;

    AssessmentEvaluations(DataSource dataSource, SnapshotRepository snapshots, QuestionnaireCatalog catalog) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.snapshots = snapshots;
        this.catalog = catalog;
    }

    /** Hands each assessment of this version to {@code each}, with its evaluation; those without answers too. */
    @Transactional(readOnly = true)
    public void forEach(String questionnaireId, String version, Consumer<Evaluated> each) {
        forEach(AssessmentFilter.all().withQuestionnaire(questionnaireId, version), each);
    }

    /** The same for every assessment a console filter matches, oldest first. */
    @Transactional(readOnly = true)
    public void forEach(AssessmentFilter filter, Consumer<Evaluated> each) {
        Map<Long, Questionnaire> bySnapshot = new HashMap<>();
        Batch batch = new Batch();
        FilterSql where = FilterSql.of(filter);
        jdbc.query("select s.id, s.snapshot_id, s.created_at, s.updated_at, s.team_name, a.question_id, a.value_json "
                + "from (select * from assessment" + where.sql() + ") s "
                + "left join answer a on a.assessment_id = s.id and a.value_json is not null order by s.id", row -> {
                    long id = row.getLong(1);
                    if (batch.id != null && batch.id != id) batch.flush(each);
                    if (batch.id == null || batch.id != id) {
                        batch.id = id;
                        batch.questionnaire = bySnapshot.computeIfAbsent(row.getLong(2), this::questionnaire);
                        batch.createdAt = row.getTimestamp(3).toInstant();
                        batch.updatedAt = row.getTimestamp(4).toInstant();
                        batch.team = row.getString(5);
                    }
                    String question = row.getString(6);
                    if (question != null) batch.answers.put(question, row.getString(7));
                }, where.arguments().toArray());
        if (batch.id != null) batch.flush(each);
    }

    private Questionnaire questionnaire(long snapshotId) {
        QuestionnaireSnapshot snapshot = snapshots.findById(snapshotId).orElseThrow();
        return catalog.version(snapshot.questionnaireId(), snapshot.contentHash(), snapshot::files);
    }

    /** One assessment and its evaluation. */
    public record Evaluated(long assessmentId, Evaluation evaluation, Instant createdAt, Instant updatedAt,
                            Optional<String> teamName) {
    }

    /** The answers of the assessment being read. */
    private static final class Batch {
        private Long id;
        private Questionnaire questionnaire;
        private Instant createdAt;
        private Instant updatedAt;
        private String team;
        private final Map<String, String> answers = new LinkedHashMap<>();

        void flush(Consumer<Evaluated> each) {
            each.accept(new Evaluated(id, Engine.evaluate(questionnaire, AnswerCodec.decode(questionnaire,
                    answers)), createdAt, updatedAt, Optional.ofNullable(team)));
            answers.clear();
        }
    }
}
