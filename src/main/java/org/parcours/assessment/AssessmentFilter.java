package org.parcours.assessment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which assessments the operator console shows: a questionnaire (and one of its versions), a status, named teams
 * or not, and a period of starting dates (both ends included, UTC). Every part is optional.
 */
public record AssessmentFilter(Optional<String> questionnaireId, Optional<String> version, Optional<Status> status,
                               Optional<Boolean> named, Optional<LocalDate> from, Optional<LocalDate> to) {

    public enum Status { IN_PROGRESS, FINISHED }

    public static AssessmentFilter all() {
        return new AssessmentFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public AssessmentFilter withQuestionnaire(String id, String version) {
        return new AssessmentFilter(Optional.ofNullable(id), Optional.ofNullable(version), status, named, from, to);
    }

    public AssessmentFilter withStatus(Status status) {
        return new AssessmentFilter(questionnaireId, version, Optional.ofNullable(status), named, from, to);
    }

    public AssessmentFilter withNamed(Boolean named) {
        return new AssessmentFilter(questionnaireId, version, status, Optional.ofNullable(named), from, to);
    }

    public AssessmentFilter between(LocalDate from, LocalDate to) {
        return new AssessmentFilter(questionnaireId, version, status, named, Optional.ofNullable(from),
                Optional.ofNullable(to));
    }
}
