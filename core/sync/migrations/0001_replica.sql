-- SPDX-License-Identifier: GPL-3.0-or-later
-- The console's copy of one tenant's records: each table holds the keys the console looks records
-- up and sorts by, beside the full record as JSON (`data`), the shape the relay's events carry.
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    cursor INTEGER NOT NULL
);
INSERT INTO sync_state (id, cursor) VALUES (1, 0);
CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT,
    customer_id TEXT,
    direction TEXT,
    type TEXT,
    status TEXT,
    timestamp TEXT,
    text TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, timestamp);
CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    customer_id TEXT,
    phone_number_id TEXT,
    status TEXT,
    unread_count INTEGER,
    last_message_at TEXT,
    data TEXT NOT NULL
);
CREATE INDEX conversations_by_last_message ON conversations (last_message_at);
CREATE INDEX conversations_by_customer ON conversations (customer_id);
CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    wa_id TEXT,
    phone TEXT,
    name TEXT NOT NULL DEFAULT '',
    profile_name TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL
);
CREATE INDEX customers_by_wa_id ON customers (wa_id);
CREATE INDEX customers_by_name ON customers (name);
CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    number TEXT,
    status TEXT,
    customer_id TEXT,
    source_message_id TEXT,
    needs_review INTEGER,
    data TEXT NOT NULL
);
CREATE INDEX orders_by_status ON orders (status);
CREATE INDEX orders_by_customer ON orders (customer_id);
CREATE TABLE products (
    id TEXT PRIMARY KEY,
    sku TEXT,
    name TEXT,
    category TEXT,
    available INTEGER,
    data TEXT NOT NULL
);
CREATE INDEX products_by_category ON products (category);
CREATE INDEX products_by_sku ON products (sku);
CREATE TABLE templates (
    id TEXT PRIMARY KEY,
    name TEXT,
    language TEXT,
    status TEXT,
    data TEXT NOT NULL
);
CREATE INDEX templates_by_name ON templates (name, language);
CREATE TABLE connections (
    id TEXT PRIMARY KEY,
    status TEXT,
    waba_id TEXT,
    data TEXT NOT NULL
);
-- Search (the next issue's): external-content FTS5 tables over the record tables' rowids. The
-- Replica's writer keeps them in step in the transaction that changes the records, after the
-- records (not with triggers: every statement with a trigger makes FTS5 flush a segment).
-- unicode61 splits Hebrew and Latin words alike.
CREATE VIRTUAL TABLE message_search USING fts5(
    text, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE customer_search USING fts5(
    name, profile_name, wa_id, phone, content='customers', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
