-- Concurrency is per answer: each answer row carries its own version, and a cleared answer stays as a row with
-- no value, so that a change made on a value someone else has since changed or cleared is told, never silent.
-- The assessment row no longer takes part: moving between pages is not an edit.
ALTER TABLE answer ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE answer ALTER COLUMN value_json DROP NOT NULL;
ALTER TABLE assessment DROP COLUMN version;
DROP TABLE parcours_schema_info;
