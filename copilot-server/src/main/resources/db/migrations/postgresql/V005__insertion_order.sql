-- Notes and probes keep the order they were drafted in as a column of their own: SQLite's hidden rowid kept it
-- before, and PostgreSQL has none. A PostgreSQL database gets its rows from new drafts or from the SQLite migration
-- command, which copies the column, so there is nothing to fill in here.
ALTER TABLE notes ADD COLUMN seq INTEGER;
ALTER TABLE probes ADD COLUMN seq INTEGER;
