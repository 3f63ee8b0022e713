-- The entities we exchange documents with (PIDE model), written by the subscribing "directory"
-- projection in the same transaction as their events: command handlers check that a recipient is
-- an active partner, and the interop endpoint authenticates requests with the seal certificate.

CREATE TABLE partner_entity (
    ruc              CHAR(11)      PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    endpoint_url     VARCHAR(500)  NOT NULL,
    transport        VARCHAR(20)   NOT NULL,
    seal_certificate TEXT          NOT NULL,
    active           BOOLEAN       NOT NULL
);
