-- The shared inbox (issue #14): the tenant's labels and quick replies, and the media id of each
-- message, so that a console asking for a file is answered only with its own tenant's media.
CREATE TABLE labels (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (tenant_id, name)
);
CREATE TABLE quick_replies (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    shortcut TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (tenant_id, shortcut)
);
ALTER TABLE messages ADD COLUMN media_id TEXT NOT NULL DEFAULT '';
CREATE INDEX messages_by_media ON messages (tenant_id, media_id);
