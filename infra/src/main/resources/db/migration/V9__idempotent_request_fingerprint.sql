-- The SHA-256 of what the request that sent a command asked for (method, path, body): the same
-- Idempotency-Key sent with another request is refused. Keys remembered before have none.

ALTER TABLE idempotent_command ADD COLUMN request_fingerprint VARCHAR(64);
