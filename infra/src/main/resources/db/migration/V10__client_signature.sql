-- Signing tickets for signatures made on the signer's own computer (Firma Perú's protocol): one row per
-- document of a ticket, written in the command's transaction from ClientSignatureStartedEvent and
-- ClientSignatureRecordedEvent. Only the ticket's SHA-256 is kept. The last refusal of a returned file
-- is kept for the page that follows the ticket; it is not part of the document's history.
CREATE TABLE client_signature (
    ticket_sha256    TEXT        NOT NULL,
    document_id      TEXT        NOT NULL,
    position         INTEGER     NOT NULL,
    signer           TEXT        NOT NULL,
    role             TEXT        NOT NULL,
    based_on_version INTEGER     NOT NULL,
    object_key       TEXT        NOT NULL,
    sha256           TEXT        NOT NULL,
    size_bytes       BIGINT      NOT NULL,
    pages            INTEGER     NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL,
    signed           BOOLEAN     NOT NULL DEFAULT FALSE,
    refusal          TEXT,
    refusal_detail   TEXT,
    PRIMARY KEY (ticket_sha256, document_id)
);
