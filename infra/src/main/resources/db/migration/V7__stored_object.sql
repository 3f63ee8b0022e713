-- When each stored object (named by its SHA-256) was last claimed by an upload, i.e. by a request
-- that may refer to it in an event. Every upload claims its digest before it looks for the object or
-- writes it; the collector of unreferenced objects removes an object only while it holds the row
-- locked and the claim is older than its grace period, so an upload either sees the removal done
-- (and writes the bytes again) or keeps the object. Objects stored before this table existed have
-- no row; the collector takes their last-modified time instead.
CREATE TABLE stored_object (
    sha256     CHAR(64)                 PRIMARY KEY,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
