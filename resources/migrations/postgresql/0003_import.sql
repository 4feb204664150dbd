-- Import batches (every import can be reverted), previous values for reverting updates,
-- consent records and custom field definitions.

CREATE TABLE import_batches (
    id             TEXT PRIMARY KEY,
    file_name      TEXT NOT NULL,
    file_size      BIGINT NOT NULL DEFAULT 0,
    sheet          TEXT NOT NULL DEFAULT '',
    mapping        JSONB NOT NULL DEFAULT '{}',
    options        JSONB NOT NULL DEFAULT '{}',
    status         TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running','completed','failed','cancelled','reverted')),
    rows_total     INTEGER NOT NULL DEFAULT 0,
    created_count  INTEGER NOT NULL DEFAULT 0,
    updated_count  INTEGER NOT NULL DEFAULT 0,
    skipped_count  INTEGER NOT NULL DEFAULT 0,
    rejected_count INTEGER NOT NULL DEFAULT 0,
    rejects_file   TEXT NOT NULL DEFAULT '',
    error          TEXT NOT NULL DEFAULT '',
    user_id        TEXT REFERENCES users(id),
    started_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    reverted_at    TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    deleted_at     TIMESTAMPTZ
);
CREATE INDEX import_batches_started ON import_batches (started_at);

-- The values an import overwrote, so reverting restores them.
CREATE TABLE import_batch_updates (
    batch_id   TEXT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts(id),
    previous   JSONB NOT NULL, -- {"column": old value, …}
    PRIMARY KEY (batch_id, contact_id)
);

ALTER TABLE companies ADD COLUMN import_batch_id TEXT;
CREATE INDEX companies_import_batch ON companies (import_batch_id) WHERE import_batch_id IS NOT NULL;

CREATE TABLE consents (
    id            TEXT PRIMARY KEY,
    contact_id    TEXT NOT NULL REFERENCES contacts(id),
    channel       TEXT NOT NULL CHECK (channel IN ('email','sms','whatsapp','voice')),
    status        TEXT NOT NULL CHECK (status IN ('unknown','pending','opted_in','double_opted_in','opted_out')),
    source        TEXT NOT NULL CHECK (source IN ('import','manual','form','api','preference_page','unsubscribe','sync')),
    source_detail TEXT NOT NULL DEFAULT '', -- e.g. the import batch id
    recorded_at   TIMESTAMPTZ NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    deleted_at    TIMESTAMPTZ
);
CREATE INDEX consents_contact ON consents (contact_id, channel, recorded_at);
CREATE INDEX consents_source_detail ON consents (source_detail) WHERE source_detail <> '';

CREATE TABLE custom_fields (
    id          TEXT PRIMARY KEY,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('contact','company','lead')),
    name        TEXT NOT NULL,
    label       TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'text' CHECK (kind IN ('text','number','date','boolean')),
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    deleted_at  TIMESTAMPTZ
);
CREATE UNIQUE INDEX custom_fields_name ON custom_fields (entity_type, lower(name)) WHERE deleted_at IS NULL;

