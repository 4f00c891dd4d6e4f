-- Settings of the instance an administrator changes in the console (issue 16), one row per setting, with who
-- changed it last and when (the audit log keeps every change, before and after). No row: the configuration's
-- value holds. First of them: 'retention', the purge's retention as an ISO-8601 period (P18M).
-- Numbered after V51 rather than in the operator block (V4x): Flyway refuses a migration older than one already
-- applied, and databases at V50 and V51 exist.
CREATE TABLE instance_setting (
    name          VARCHAR(64)              NOT NULL PRIMARY KEY,
    setting_value VARCHAR(200)             NOT NULL,
    changed_by    VARCHAR(100)             NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
