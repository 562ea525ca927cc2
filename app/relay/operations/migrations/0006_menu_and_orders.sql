-- Restaurant and clinic operations (issue #15): the tenant's menu, its orders, and the tenant's
-- time zone (orders are numbered per day in it; empty means UTC).
ALTER TABLE tenants ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
CREATE TABLE products (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    sku TEXT NOT NULL DEFAULT '',
    display_order BIGINT NOT NULL DEFAULT 0,
    data TEXT NOT NULL
);
CREATE INDEX products_by_tenant ON products (tenant_id, display_order);
-- Bumped by every change of a tenant's products, so each thread's cached Menu knows it is stale.
CREATE TABLE menu_revisions (
    tenant_id TEXT PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
    revision BIGINT NOT NULL
);
CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    number BIGINT NOT NULL,
    status TEXT NOT NULL,
    customer_id TEXT NOT NULL DEFAULT '',
    source_message_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (tenant_id, day, number)
);
CREATE INDEX orders_by_customer ON orders (tenant_id, customer_id, updated_at);
CREATE INDEX orders_by_status ON orders (tenant_id, status, created_at);
-- A redelivered webhook never makes a second order of the same message.
CREATE UNIQUE INDEX orders_by_source_message ON orders (tenant_id, source_message_id)
    WHERE source_message_id <> '';
