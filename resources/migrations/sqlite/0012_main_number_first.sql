-- A contact's first number is its main one (ContactService::validate(), and an import reads a
-- row so): contacts saved with other numbers and no main one get their first other number as
-- the main one. Before, an export and its import back into a new database disagreed on them.
UPDATE contacts SET phone = json_extract(other_phones, '$[0]'), other_phones = json_remove(other_phones, '$[0]')
WHERE (phone IS NULL OR phone = '') AND other_phones <> '[]' AND json_valid(other_phones)
  AND json_type(other_phones) = 'array' AND json_type(other_phones, '$[0]') = 'text';
