-- SPDX-License-Identifier: GPL-3.0-or-later
-- The shared inbox (issue "Desktop console, part 2"): who a conversation is assigned to, as a key
-- the filters use; the tenant's labels and quick replies as records of their own.
ALTER TABLE conversations ADD COLUMN assignee_id TEXT;
CREATE INDEX conversations_by_assignee ON conversations (assignee_id);
CREATE TABLE labels (
    id TEXT PRIMARY KEY,
    name TEXT,
    data TEXT NOT NULL
);
CREATE TABLE quick_replies (
    id TEXT PRIMARY KEY,
    shortcut TEXT,
    data TEXT NOT NULL
);
