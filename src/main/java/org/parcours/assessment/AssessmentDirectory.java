package org.parcours.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments as the operator console lists them: filtered and paged in SQL, newest first, so that a list of
 * tens of thousands opens as fast as a list of ten. Reads the summary columns only, never an answer.
 */
@Service
public class AssessmentDirectory {

    private static final String COLUMNS = "id, created_at, updated_at, questionnaire_id, questionnaire_version, "
            + "team_name, answered_count, visible_count, complete";

    private final JdbcTemplate jdbc;

    AssessmentDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<AssessmentSummary> page(AssessmentFilter filter, int offset, int limit) {
        FilterSql where = FilterSql.of(filter);
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(offset);
        arguments.add(limit);
        return jdbc.query("select " + COLUMNS + " from assessment" + where.sql()
                + " order by created_at desc, id desc offset ? rows fetch next ? rows only",
                AssessmentDirectory::summary, arguments.toArray());
    }

    @Transactional(readOnly = true)
    public int count(AssessmentFilter filter) {
        FilterSql where = FilterSql.of(filter);
        Integer count = jdbc.queryForObject("select count(*) from assessment" + where.sql(), Integer.class,
                where.arguments().toArray());
        return count == null ? 0 : count;
    }

    /** The ids of the first {@code limit} assessments of a filter, oldest first: for erasing a set in batches. */
    @Transactional(readOnly = true)
    public List<Long> ids(AssessmentFilter filter, int limit) {
        FilterSql where = FilterSql.of(filter);
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(limit);
        return jdbc.queryForList("select id from assessment" + where.sql()
                + " order by id fetch first ? rows only", Long.class, arguments.toArray());
    }

    /** Every questionnaire version some assessment was answered against, for the console's filter. */
    @Transactional(readOnly = true)
    public List<QuestionnaireVersion> versions() {
        return jdbc.query("select questionnaire_id, questionnaire_version, count(*) from assessment "
                + "group by questionnaire_id, questionnaire_version order by questionnaire_id, questionnaire_version",
                (row, i) -> new QuestionnaireVersion(row.getString(1), row.getString(2), row.getLong(3)));
    }

    private static AssessmentSummary summary(ResultSet row, int i) throws SQLException {
        return new AssessmentSummary(row.getLong(1), row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant(),
                row.getString(4), row.getString(5), Optional.ofNullable(row.getString(6)), row.getInt(7),
                row.getInt(8), row.getBoolean(9));
    }
}
