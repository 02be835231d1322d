-- Paragraf schema 2: the meeting list reads each meeting's first and last paragraph number
-- from this index instead of from every paragraph row.
CREATE INDEX paragraph_numbers ON paragraph(meeting_id, number);
