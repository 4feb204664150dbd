-- A contact's first number is its main one (ContactService::validate(), and an import reads a
-- row so): contacts saved with other numbers and no main one get their first other number as
-- the main one. Before, an export and its import back into a new database disagreed on them.
UPDATE contacts SET phone = other_phones ->> 0, other_phones = other_phones - 0
WHERE (phone IS NULL OR phone = '') AND jsonb_typeof(other_phones) = 'array'
  AND jsonb_typeof(other_phones -> 0) = 'string';
