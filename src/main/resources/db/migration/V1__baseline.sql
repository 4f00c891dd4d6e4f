-- Baseline: Flyway owns the schema from the first start. Feature tables arrive in later migrations.
CREATE TABLE parcours_schema_info (
    info_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    info_value VARCHAR(255) NOT NULL
);
INSERT INTO parcours_schema_info (info_key, info_value) VALUES ('baseline', 'Parcours schema baseline');
