-- Paragraf server schema 2, as the file's: the meeting list reads each meeting's first and last
-- paragraph number from this index.
CREATE INDEX paragraph_numbers ON paragraph(meeting_id, number);
