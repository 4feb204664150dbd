-- The import batch that registered a custom field, so that undoing the batch takes away the
-- fields it registered and that no live contact holds a value in any more (a column the
-- wizard mapped to a new field). NULL for fields registered any other way.
ALTER TABLE custom_fields ADD COLUMN import_batch_id TEXT;
