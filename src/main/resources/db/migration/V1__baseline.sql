-- Baseline: Flyway owns the schema from the first start. Feature tables arrive in later migrations.
CREATE TABLE parcours_schema_info (
    name  VARCHAR(64)  NOT NULL PRIMARY KEY,
    value VARCHAR(255) NOT NULL
);
INSERT INTO parcours_schema_info (name, value) VALUES ('baseline', 'Parcours schema baseline');
