-- Rounds (issue 15): a team takes the diagnostic again months later, on the questionnaire version current then. A
-- round is an assessment; the rounds of one team form a series, named by the id of its first round (null while an
-- assessment was never taken again). When a round starts, the resume link moves to it: the earlier round keeps its
-- answers as they were, read through the series, never changed again.
ALTER TABLE assessment ADD COLUMN series_id BIGINT;
ALTER TABLE assessment ADD COLUMN round_number INTEGER DEFAULT 1 NOT NULL;
CREATE INDEX assessment_series ON assessment (series_id, round_number);

-- An answer carried over from the previous round is « à confirmer » until the team saves it again or confirms it.
ALTER TABLE answer ADD COLUMN to_confirm BOOLEAN DEFAULT FALSE NOT NULL;

-- What the previous round's answers held that this round's questionnaire version could not take, shown to the team
-- (never dropped silently): the question as the older version named it, the option left out when only an option
-- was, why, the older answer as it was, and what the older version called it (its title, and the option's label),
-- in French and English, since that version may no longer be loaded when the team reads the list.
CREATE TABLE round_not_carried (
    assessment_id BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    question_id   VARCHAR(100)  NOT NULL,
    option_id     VARCHAR(100),
    reason        VARCHAR(20)   NOT NULL,
    value_json    TEXT          NOT NULL,
    subject_fr    VARCHAR(1000) NOT NULL,
    subject_en    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (assessment_id, position)
);

-- The level a team aims at for a phase, per round (a new round starts with the previous round's targets).
CREATE TABLE phase_target (
    assessment_id BIGINT       NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    phase_id      VARCHAR(100) NOT NULL,
    level_id      VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, phase_id)
);

-- A finished team diagnostic taken again: its answers are kept as round 1 of a series (a read-only copy), round 2
-- follows. Set once, so that a second request from the facilitator's page does not start another series.
ALTER TABLE team ADD COLUMN next_round_at TIMESTAMP WITH TIME ZONE;
