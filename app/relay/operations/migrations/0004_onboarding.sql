-- Onboarding (Embedded Signup) and outbound messaging.
-- Where a pending connection is in its signup, for the console's progress display.
ALTER TABLE connections ADD COLUMN step TEXT;
-- Spent signup states: a state completes one signup only, across every relay instance.
CREATE TABLE signup_states (
    nonce TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL
);
-- POST …/messages with an Idempotency-Key: the first answer is the answer to every repeat.
CREATE TABLE idempotency_keys (
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    message_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
