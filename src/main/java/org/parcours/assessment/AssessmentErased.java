package org.parcours.assessment;

import java.util.Set;

/** These assessments were erased: whatever keeps a copy of them drops it. */
public record AssessmentErased(Set<Long> assessmentIds) {

    public AssessmentErased {
        assessmentIds = Set.copyOf(assessmentIds);
    }
}
