package org.parcours.operator;

import org.parcours.assessment.Retention;
import org.parcours.assessment.RetentionSetting;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Changes of the purge's retention asked from the console: administrators only, whatever the page offered, and
 * each one written to the audit log with the retention before and after ({@code P18M (default) → P6M}).
 */
@Service
public class RetentionChanges {

    private final RetentionSetting setting;
    private final AuditLog audit;

    RetentionChanges(RetentionSetting setting, AuditLog audit) {
        this.setting = setting;
        this.audit = audit;
    }

    /**
     * Makes this retention, typed as an ISO-8601 period, the one in force.
     *
     * @throws RetentionSetting.OutOfBounds outside one day to ten years, or not a period
     */
    public Retention choose(Operator who, String iso, String address) {
        refuseUnlessAdmin(who);
        Retention chosen = setting.accepted(iso);
        String before = inForce();
        setting.choose(chosen, who.name());
        audit.record(who.name(), AuditAction.RETENTION_CHANGED, "retention " + before + " → " + chosen, address);
        return chosen;
    }

    /** Forgets the chosen retention: {@code parcours.retention} holds again. */
    public void backToConfigured(Operator who, String address) {
        refuseUnlessAdmin(who);
        String before = inForce();
        setting.backToConfigured();
        audit.record(who.name(), AuditAction.RETENTION_CHANGED, "retention " + before + " → "
                + setting.configured() + " (default)", address);
    }

    /** The retention in force, marked when it is the configuration's. */
    private String inForce() {
        return setting.chosen().map(chosen -> chosen.retention().toString())
                .orElse(setting.configured() + " (default)");
    }

    private static void refuseUnlessAdmin(Operator who) {
        if (!who.isAdmin()) throw new AccessDeniedException("changing the retention needs the ADMIN role");
    }
}
