-- Notes and probes keep the order they were drafted in as a column of their own: SQLite's hidden rowid kept it
-- before, and PostgreSQL has none. Rows drafted before this migration take their rowid, which keeps their order.
ALTER TABLE notes ADD COLUMN seq INTEGER;
UPDATE notes SET seq = rowid;
ALTER TABLE probes ADD COLUMN seq INTEGER;
UPDATE probes SET seq = rowid;
