-- Custom fields that contacts held before their names were registered (CustomFieldRegistry):
-- each registered once, under the spelling of the oldest contact that has it, so that the
-- import wizard and the export offer it. Ids are UUIDv7 like every id: the time in
-- milliseconds, then random bits.
INSERT INTO custom_fields (id, entity_type, name, label, kind, created_at, updated_at)
SELECT substr(t.ms, 1, 8) || '-' || substr(t.ms, 9, 4) || '-7' || substr(lower(hex(randomblob(2))), 2) || '-'
           || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || '-'
           || lower(hex(randomblob(6))),
       'contact', f.name, f.name, 'text', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (SELECT printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) AS ms) t,
     (SELECT j.key AS name, min(c.rowid) AS first
      FROM contacts c,
           json_each(CASE WHEN json_valid(c.custom_fields) AND json_type(c.custom_fields) = 'object'
                          THEN c.custom_fields ELSE '{}' END) j
      WHERE c.deleted_at IS NULL AND c.custom_fields <> '{}' AND trim(j.key) <> ''
      GROUP BY lower(j.key)) f
WHERE true
ON CONFLICT DO NOTHING;
