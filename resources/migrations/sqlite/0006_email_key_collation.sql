-- The unique email of live contacts, keyed by the column under NOCASE instead of lower(email).
-- Both fold ASCII letters only, so the same addresses collide as before. But an index on an
-- expression makes SQLite keep a statement journal for every multi-row INSERT inside a
-- transaction (evaluating the expression may fail midway): a copy of each index page the
-- statement touches. A bulk load of 20,000 contacts into a 3M-contact table copied the whole
-- email index per statement (150 MB), growing with the table; on a plain column with a
-- collation, INSERT OR FAIL needs no journal at all. Queries match with the column's
-- dialect key (SqlDialect::caseInsensitive: email COLLATE NOCASE here).
DROP INDEX contacts_email_live;
CREATE UNIQUE INDEX contacts_email_live ON contacts (email COLLATE NOCASE)
    WHERE deleted_at IS NULL AND email IS NOT NULL AND email <> '';
