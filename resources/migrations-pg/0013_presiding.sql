-- Paragraf server schema 13, as the file's: an attendance event of its own kind, "preside",
-- names who presides from its paragraph on. PostgreSQL widens the check in place (the file
-- rebuilds its table); the guard of schema 4 stays attached.
ALTER TABLE attendance_event DROP CONSTRAINT attendance_event_kind_check;
ALTER TABLE attendance_event ADD CONSTRAINT attendance_event_kind_check
    CHECK (kind IN ('arrive', 'leave', 'serve_start', 'serve_end', 'jav', 'preside'));
