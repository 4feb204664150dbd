-- The import batch that made a tag, so that reverting the batch takes away the tags it made
-- and that no live contact carries any more. NULL for tags made any other way.
ALTER TABLE tags ADD COLUMN import_batch_id TEXT;
