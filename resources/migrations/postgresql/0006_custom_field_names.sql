-- Custom fields that contacts held before their names were registered (CustomFieldRegistry):
-- each registered once, under the spelling of the first contact (by id) that has it, so that
-- the import wizard and the export offer it. Ids are UUIDv7 like every id: the time in
-- milliseconds, then the random bits of a version 4 UUID.
INSERT INTO custom_fields (id, entity_type, name, label, kind, created_at, updated_at)
SELECT substr(t.ms, 1, 8) || '-' || substr(t.ms, 9, 4) || '-7' || substr(u.id, 16, 3) || substr(u.id, 19, 18),
       'contact', k.name, k.name, 'text', now(), now()
FROM (SELECT lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') AS ms) t,
     (SELECT DISTINCT ON (lower(key)) key AS name
      FROM contacts c,
           jsonb_object_keys(CASE WHEN jsonb_typeof(c.custom_fields::jsonb) = 'object'
                                  THEN c.custom_fields::jsonb ELSE '{}'::jsonb END) AS key
      WHERE c.deleted_at IS NULL AND c.custom_fields <> '{}' AND btrim(key) <> ''
      ORDER BY lower(key), c.id) k,
     -- A random UUID for each name (the lateral reference keeps it from being drawn once).
     LATERAL (SELECT gen_random_uuid()::text || k.name AS id) u
ON CONFLICT DO NOTHING;
