-- On SQLite the inbox lives in a file of its own (see InboxStore), so that acknowledging webhooks
-- never waits for ingest's write lock; ingest's progress through it is kept here, written in the
-- same transaction as the records it produced. PostgreSQL marks rows of webhook_inbox instead.
CREATE TABLE ingest_cursor (
    id INTEGER PRIMARY KEY,
    last_inbox_id BIGINT NOT NULL
);
INSERT INTO ingest_cursor (id, last_inbox_id) VALUES (1, 0);
