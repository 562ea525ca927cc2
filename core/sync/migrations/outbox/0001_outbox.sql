-- SPDX-License-Identifier: GPL-3.0-or-later
-- The console's outbox: commands waiting for the relay, each with the idempotency key it is
-- sent with every time. A command the relay accepted is deleted; what is left is queued,
-- sending (a request may have reached the relay) or failed (the relay's reason kept).
CREATE TABLE commands (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    order_key TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    body TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    error_status INTEGER NOT NULL DEFAULT 0,
    error_code TEXT NOT NULL DEFAULT '',
    error_message TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX commands_by_key ON commands (order_key, id);
