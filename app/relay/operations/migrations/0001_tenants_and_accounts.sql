-- Tenants (businesses), their staff accounts, sessions, and the WhatsApp connection of each.
CREATE TABLE tenants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE memberships (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'staff')),
    PRIMARY KEY (user_id, tenant_id)
);
-- Bearer tokens are stored only as SHA-256 hashes.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
-- One connection per tenant; the access token is sealed with the master key (AES-256-GCM),
-- bound to the tenant id as associated data.
CREATE TABLE connections (
    tenant_id TEXT PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    waba_id TEXT,
    business_id TEXT,
    access_token_sealed {{blob}},
    pin_sealed {{blob}},
    reason TEXT,
    updated_at TEXT NOT NULL
);
-- Routing: a phone number id belongs to at most one tenant.
CREATE TABLE phone_numbers (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    waba_id TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX phone_numbers_by_tenant ON phone_numbers (tenant_id);
CREATE INDEX phone_numbers_by_waba ON phone_numbers (waba_id);
