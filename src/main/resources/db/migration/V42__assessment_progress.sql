-- The operator console lists assessments by status a page at a time (issue 16), so the engine's progress is kept
-- on the row each time an answer is saved: answered and visible questions, and whether every visible required
-- question holds a valid answer. NULL until first computed: rows older than this migration are filled in at start.
ALTER TABLE assessment ADD COLUMN answered_count INTEGER;
ALTER TABLE assessment ADD COLUMN visible_count INTEGER;
ALTER TABLE assessment ADD COLUMN complete BOOLEAN;
CREATE INDEX assessment_created ON assessment (created_at);
CREATE INDEX assessment_questionnaire ON assessment (questionnaire_id, questionnaire_version, created_at);
CREATE INDEX assessment_snapshot ON assessment (snapshot_id);
