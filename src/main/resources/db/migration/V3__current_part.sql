-- Long phases are cut into parts: the resume link reopens the part the team was on, not only its phase.
ALTER TABLE assessment ADD COLUMN current_part INTEGER;
