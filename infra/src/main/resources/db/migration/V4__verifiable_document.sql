-- Documents that anyone may verify by the code printed on them, written by the subscribing
-- "verification" projection in the same transaction as the events: the primary key refuses a
-- duplicate verification code. Holds the latest signed content version. Rebuildable from the events.

CREATE TABLE verifiable_document (
    verification_code VARCHAR(19)  PRIMARY KEY,
    document_id       VARCHAR(64)  NOT NULL UNIQUE,
    number_text       VARCHAR(200),
    version           INTEGER,
    object_key        VARCHAR(100),
    sha256            CHAR(64),
    size_bytes        BIGINT,
    pages             INTEGER
);
