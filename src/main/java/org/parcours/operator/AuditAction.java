package org.parcours.operator;

/** What an operator did, as written in the audit log. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_REFUSED,
    SIGN_IN_THROTTLED,
    SIGN_OUT,
    ACCOUNT_CREATED,
    AUDIT_READ,
    CONSOLE_OPENED,
    ASSESSMENTS_LISTED,
    ASSESSMENT_READ,
    ASSESSMENT_ERASED,
    AGGREGATES_READ,
    AGGREGATES_EXPORTED,
    BULK_EXPORTED,
    BULK_EXPORT_FAILED,
    RETENTION_CHANGED
}
