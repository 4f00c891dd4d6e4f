package org.parcours.operator;

import java.util.List;
import org.parcours.assessment.AssessmentDirectory;
import org.parcours.assessment.AssessmentErasure;
import org.parcours.assessment.AssessmentFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Erasures asked from the console: administrators only, each assessment erased in its own transaction and written
 * to the audit log as it goes, so that an erasure of a large set stopped half-way says exactly what is gone.
 */
@Service
public class Erasures {

    private static final int BATCH = 200;

    private final AssessmentErasure erasure;
    private final AssessmentDirectory directory;
    private final AuditLog audit;

    Erasures(AssessmentErasure erasure, AssessmentDirectory directory, AuditLog audit) {
        this.erasure = erasure;
        this.directory = directory;
        this.audit = audit;
    }

    public void erase(Operator who, long assessmentId, String address) {
        refuseUnlessAdmin(who);
        erasure.erase(assessmentId);
        audit.record(who.name(), AuditAction.ASSESSMENT_ERASED, "assessment " + assessmentId, address);
    }

    /** Erases every assessment the filter matches (as it matches them now); how many were erased. */
    public int eraseAll(Operator who, AssessmentFilter filter, String address) {
        refuseUnlessAdmin(who);
        int erased = 0;
        for (List<Long> ids = directory.ids(filter, BATCH); !ids.isEmpty(); ids = directory.ids(filter, BATCH)) {
            for (long id : ids) {
                erase(who, id, address);
                erased++;
            }
        }
        return erased;
    }

    private static void refuseUnlessAdmin(Operator who) {
        if (!who.isAdmin()) throw new AccessDeniedException("erasing an assessment needs the ADMIN role");
    }
}
