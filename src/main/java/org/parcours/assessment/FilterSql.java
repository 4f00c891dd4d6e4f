package org.parcours.assessment;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A console filter as a SQL condition on {@code assessment} with its arguments: values bound, never spliced in. */
record FilterSql(String sql, List<Object> arguments) {

    static FilterSql of(AssessmentFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        filter.questionnaireId().ifPresent(id -> {
            conditions.add("questionnaire_id = ?");
            arguments.add(id);
        });
        filter.version().ifPresent(version -> {
            conditions.add("questionnaire_version = ?");
            arguments.add(version);
        });
        filter.status().ifPresent(status -> conditions.add(status == AssessmentFilter.Status.FINISHED
                ? "complete = true" : "(complete = false or complete is null)"));
        filter.named().ifPresent(named -> conditions.add(named ? "team_name is not null" : "team_name is null"));
        filter.from().ifPresent(from -> {
            conditions.add("created_at >= ?");
            arguments.add(Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
        });
        filter.to().ifPresent(to -> {
            conditions.add("created_at < ?");
            arguments.add(Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        });
        return new FilterSql(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions),
                List.copyOf(arguments));
    }
}
