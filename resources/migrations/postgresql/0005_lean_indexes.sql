-- Timelines read activities_contact_timeline; its shorter twin only cost every write.
-- (SQLite's version of this migration also moves its sort indexes to first use; PostgreSQL
-- keeps them, and its full-text column, as they are.)
DROP INDEX IF EXISTS activities_contact;

-- Which process runs an import ("host:pid"), so that a batch left "running" by a process that
-- is gone can be told from one still in progress.
ALTER TABLE import_batches ADD COLUMN runner TEXT NOT NULL DEFAULT '';

-- The values an import wrote over existing contacts ({"column": new value, …}), next to the
-- ones it replaced: reverting restores a field only while it still holds what the import
-- wrote, so later edits survive.
ALTER TABLE import_batch_updates ADD COLUMN applied JSONB NOT NULL DEFAULT '{}';
