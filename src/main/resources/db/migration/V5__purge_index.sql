-- The purge looks for assessments by the time of their last change: an index keeps that a short range scan.
CREATE INDEX assessment_updated_at ON assessment (updated_at);
