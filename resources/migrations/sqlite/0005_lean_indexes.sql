-- Fewer indexes for every contact write to keep up, so that a large import spends its time on
-- the data rather than on indexes most users never read.
--
-- Sort indexes are built on first use (Contacts::ContactSortIndexes), one per column a list is
-- actually sorted by: 1M contacts carried eleven of them, about 1.3 s each to rebuild after a
-- bulk load and a B-tree each to update on every edit.
DROP INDEX IF EXISTS contacts_sort_name;
DROP INDEX IF EXISTS contacts_sort_first_name;
DROP INDEX IF EXISTS contacts_sort_email_text;
DROP INDEX IF EXISTS contacts_sort_phone_text;
DROP INDEX IF EXISTS contacts_sort_company;
DROP INDEX IF EXISTS contacts_sort_title;
DROP INDEX IF EXISTS contacts_sort_city;
DROP INDEX IF EXISTS contacts_sort_country;
DROP INDEX IF EXISTS contacts_sort_lifecycle;
DROP INDEX IF EXISTS contacts_sort_created;
DROP INDEX IF EXISTS contacts_sort_updated;

-- The full-text index without its prefix indexes ('2 3'): they doubled the cost of indexing
-- (1M contacts: 4.0 s against 2.1 s) for prefix searches that the term index answers in a few
-- milliseconds more ("mart*" 3 ms either way, "ma*" 22 ms instead of 4 ms).
DROP TABLE contacts_fts;
CREATE VIRTUAL TABLE contacts_fts USING fts5 (
    first_name, last_name, email, phone, company_name,
    content='contacts', content_rowid='rowid',
    tokenize = "unicode61 remove_diacritics 2"
);
-- Filled from the live contacts as the triggers of 0004 keep it. A pending bulk load refills
-- it again when it finishes.
INSERT INTO contacts_fts (rowid, first_name, last_name, email, phone, company_name)
SELECT rowid, first_name, last_name,
       coalesce(email, '') || ' ' || other_emails,
       coalesce(phone, '') || ' ' || other_phones, company_name
FROM contacts
WHERE deleted_at IS NULL
ORDER BY rowid;

-- Timelines read activities_contact_timeline; its shorter twin and the index by entity
-- (which no query reads) only cost every write: 1M imported contacts wrote 160 MB to them.
DROP INDEX IF EXISTS activities_contact;
DROP INDEX IF EXISTS activities_entity;

-- A pending bulk load recorded what it dropped to restore it: not the sort indexes any more.
UPDATE settings
SET value = (SELECT json_group_array(d.value) FROM json_each(settings.value) d
             WHERE d.value NOT LIKE 'CREATE INDEX contacts_sort_%')
WHERE key = 'storage.deferred_indexes';

-- Which process runs an import ("host:pid"), so that a batch left "running" by a process that
-- is gone can be told from one still in progress.
ALTER TABLE import_batches ADD COLUMN runner TEXT NOT NULL DEFAULT '';

-- The values an import wrote over existing contacts ({"column": new value, …}), next to the
-- ones it replaced: reverting restores a field only while it still holds what the import
-- wrote, so later edits survive.
ALTER TABLE import_batch_updates ADD COLUMN applied TEXT NOT NULL DEFAULT '{}';
