-- Paragraf schema 8: the register of issued documents. Every PDF the program writes for a
-- meeting (protocol, extract, notice, certificate, notes) is entered with the SHA-256 of its
-- bytes, so that a file can later be recognised as one Paragraf issued, byte for byte
-- (verify-pdf). The register is not part of the signed content: documents are issued after
-- signing, also of an adjusted protocol, whose own rows stay final. Rows are chained
-- (chain_hash, see docs/canonical-form.md) and only ever added. Comments stand on lines of
-- their own.
CREATE TABLE issued_document (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id),
    kind         TEXT NOT NULL
                 CHECK (kind IN ('protocol', 'notes', 'extract', 'notice', 'certificate')),
    -- The paragraph numbers of an extract, "27,29"; empty for the other kinds.
    paragraphs   TEXT NOT NULL DEFAULT '',
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    size         INTEGER NOT NULL CHECK (size > 0),
    -- The canonical form's hash when the document was issued; empty before adjustment.
    content_hash TEXT NOT NULL DEFAULT '',
    issued_at    TEXT NOT NULL,
    issued_by    TEXT NOT NULL DEFAULT '',
    chain_hash   TEXT NOT NULL CHECK (length(chain_hash) = 64)
);
CREATE INDEX issued_document_by_meeting ON issued_document(meeting_id, id);
CREATE INDEX issued_document_by_hash ON issued_document(sha256);

CREATE TRIGGER issued_document_kept_update BEFORE UPDATE ON issued_document
BEGIN
    SELECT RAISE(ABORT, 'the register of issued documents is only ever added to');
END;

CREATE TRIGGER issued_document_kept_delete BEFORE DELETE ON issued_document
BEGIN
    SELECT RAISE(ABORT, 'the register of issued documents is only ever added to');
END;
