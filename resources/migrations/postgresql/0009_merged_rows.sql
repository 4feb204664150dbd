-- Rows merged into a contact an earlier row of the same import created (a person listed twice
-- in a file): counted apart from contacts from before the import that it updated.
ALTER TABLE import_batches ADD COLUMN merged_count INTEGER NOT NULL DEFAULT 0;
