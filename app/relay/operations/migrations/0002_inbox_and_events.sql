-- The durable webhook inbox (acknowledged only after its row commits), deliveries that could not
-- be ingested, and each tenant's append-only event log with its gap-free sequence.
CREATE TABLE webhook_inbox (
    id {{autoincrement}},
    received_at TEXT NOT NULL,
    body {{blob}} NOT NULL,
    ingested INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX webhook_inbox_pending ON webhook_inbox (ingested, id);
CREATE TABLE dead_letters (
    id {{autoincrement}},
    inbox_id BIGINT NOT NULL,
    reason TEXT NOT NULL,
    body {{blob}} NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE tenant_sequences (
    tenant_id TEXT PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
    last_seq BIGINT NOT NULL
);
CREATE TABLE events (
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    type TEXT NOT NULL,
    op TEXT NOT NULL,
    at TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);
-- Records: indexed keys beside the full record as JSON, the shape events carry.
CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    wa_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    UNIQUE (tenant_id, wa_id)
);
CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL,
    phone_number_id TEXT NOT NULL,
    last_message_at TEXT,
    data TEXT NOT NULL,
    UNIQUE (tenant_id, customer_id, phone_number_id)
);
CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    wamid TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    timestamp TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (tenant_id, wamid)
);
CREATE INDEX messages_by_conversation ON messages (tenant_id, conversation_id, timestamp);
CREATE TABLE templates (
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    language TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (tenant_id, name, language)
);
