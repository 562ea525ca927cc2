ALTER TABLE notes ADD COLUMN tags TEXT NOT NULL DEFAULT '';
CREATE INDEX notes_by_notebook ON notes (notebook_id);
