-- A first schema: a table with an identity key and a foreign key.
CREATE TABLE notebooks (id {{autoincrement}}, title TEXT NOT NULL);
CREATE TABLE notes (
    id {{autoincrement}},
    notebook_id BIGINT NOT NULL REFERENCES notebooks(id),
    body TEXT NOT NULL,
    attachment {{blob}}
);
