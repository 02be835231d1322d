-- Paragraf server schema 18, as the file's number: nothing changes on the server. The file's
-- schema 18 indexes its search by whole words (docs/search.md); the server's index (schema 16,
-- pg_trgm over the folded text) stays, and the ranking both engines share is in the program
-- (SearchRepository.cpp). The two engines keep one schema number for one program version.
SELECT 1;
