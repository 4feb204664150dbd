-- The default sales pipeline and sort indexes the contacts table needs beyond 0001.

-- Sorting by name: last name, then first name, then id (keyset continuation on all three).
-- The case-insensitive sort indexes carry the column itself (INCLUDE): PostgreSQL answers an
-- index-only scan only when every column the query touches is stored in the index, and a
-- window at a large OFFSET is cheap only as an index-only scan (1M rows, offset 495,000:
-- 1.7 s with a sort of the table, 0.1 s index-only).
CREATE INDEX contacts_sort_name ON contacts (lower(last_name), lower(first_name), id) INCLUDE (last_name, first_name)
    WHERE deleted_at IS NULL;
DROP INDEX contacts_sort_last_name;
CREATE INDEX contacts_sort_last_name ON contacts (lower(last_name), id) INCLUDE (last_name) WHERE deleted_at IS NULL;
DROP INDEX contacts_sort_first_name;
CREATE INDEX contacts_sort_first_name ON contacts (lower(first_name), id) INCLUDE (first_name) WHERE deleted_at IS NULL;
DROP INDEX contacts_sort_company;
CREATE INDEX contacts_sort_company ON contacts (lower(company_name), id) INCLUDE (company_name) WHERE deleted_at IS NULL;
DROP INDEX contacts_sort_title;
CREATE INDEX contacts_sort_title ON contacts (lower(title), id) INCLUDE (title) WHERE deleted_at IS NULL;
DROP INDEX contacts_sort_city;
CREATE INDEX contacts_sort_city ON contacts (lower(city), id) INCLUDE (city) WHERE deleted_at IS NULL;
DROP INDEX contacts_sort_country;
CREATE INDEX contacts_sort_country ON contacts (lower(country), id) INCLUDE (country) WHERE deleted_at IS NULL;

-- email and phone are NULL when absent; NULLs sort differently in SQLite and PostgreSQL and never
-- compare in a keyset condition, so the sort key is the value with NULL read as ''.
DROP INDEX contacts_sort_email;
CREATE INDEX contacts_sort_email_text ON contacts (lower(coalesce(email, '')), id) INCLUDE (email) WHERE deleted_at IS NULL;
DROP INDEX contacts_sort_phone;
CREATE INDEX contacts_sort_phone_text ON contacts (coalesce(phone, ''), id) INCLUDE (phone) WHERE deleted_at IS NULL;

-- Timelines page newest first by (occurred_at, id).
CREATE INDEX activities_contact_timeline ON activities (contact_id, occurred_at, id)
    WHERE contact_id IS NOT NULL AND deleted_at IS NULL;

-- Fixed ids so every database (and every synced desktop) shares the same default stages.
INSERT INTO pipeline_stages (id, name, position, kind, probability, created_at, updated_at) VALUES
    ('01890a5d-ac00-7000-8000-000000000001', 'New',         1, 'open', 10,  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('01890a5d-ac00-7000-8000-000000000002', 'Contacted',   2, 'open', 20,  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('01890a5d-ac00-7000-8000-000000000003', 'Qualified',   3, 'open', 40,  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('01890a5d-ac00-7000-8000-000000000004', 'Proposal',    4, 'open', 60,  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('01890a5d-ac00-7000-8000-000000000005', 'Negotiation', 5, 'open', 80,  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('01890a5d-ac00-7000-8000-000000000006', 'Won',         6, 'won',  100, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('01890a5d-ac00-7000-8000-000000000007', 'Lost',        7, 'lost', 0,   '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
