-- Commands sent for a request with an Idempotency-Key, written in the command's own transaction:
-- after a crash a command is either done and remembered or neither, and a repeated request is
-- answered with the remembered result. Not a read model: it cannot be rebuilt from the events.

CREATE TABLE idempotent_command (
    username        VARCHAR(100) NOT NULL,
    request_key     VARCHAR(140) NOT NULL,
    purpose         VARCHAR(400) NOT NULL,
    result_type     VARCHAR(300),
    result_revision VARCHAR(50),
    result          BYTEA,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (username, request_key)
);
