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
CREATE INDEX messages_by_customer ON messages (customer_id);
CREATE INDEX messages_by_status ON messages (status);
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
-- Search (the next issue's): external-content FTS5 tables, kept in step by triggers, so a record
-- and its search rows change in the same statement. unicode61 splits Hebrew and Latin words alike.
CREATE VIRTUAL TABLE message_search USING fts5(
    text, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO message_search (rowid, text) VALUES (new.rowid, new.text); END;
CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
    INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.rowid, old.text); END;
CREATE TRIGGER messages_search_update AFTER UPDATE OF text ON messages BEGIN
    INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.rowid, old.text); INSERT INTO message_search (rowid, text) VALUES (new.rowid, new.text); END;
CREATE VIRTUAL TABLE customer_search USING fts5(
    name, profile_name, wa_id, phone, content='customers', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search (rowid, name, profile_name, wa_id, phone) VALUES (new.rowid, new.name, new.profile_name, new.wa_id, new.phone); END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customer_search (customer_search, rowid, name, profile_name, wa_id, phone) VALUES ('delete', old.rowid, old.name, old.profile_name, old.wa_id, old.phone); END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF name, profile_name, wa_id, phone ON customers BEGIN
    INSERT INTO customer_search (customer_search, rowid, name, profile_name, wa_id, phone) VALUES ('delete', old.rowid, old.name, old.profile_name, old.wa_id, old.phone); INSERT INTO customer_search (rowid, name, profile_name, wa_id, phone) VALUES (new.rowid, new.name, new.profile_name, new.wa_id, new.phone); END;
