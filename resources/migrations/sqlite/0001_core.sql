-- Leadline core schema (SQLite). Timestamps are UTC ISO-8601 text ("2026-01-02T03:04:05.678Z"),
-- ids are client-generated UUIDv7 text. Every synced table has created_at/updated_at/deleted_at.

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL,
    is_active     INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE UNIQUE INDEX users_email_live ON users (lower(email)) WHERE deleted_at IS NULL;

CREATE TABLE companies (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    domain        TEXT,
    industry      TEXT,
    size          INTEGER CHECK (size IS NULL OR size >= 0),
    annual_revenue REAL CHECK (annual_revenue IS NULL OR annual_revenue >= 0),
    street        TEXT,
    city          TEXT,
    region        TEXT,
    postal_code   TEXT,
    country       TEXT,
    phone         TEXT,
    website       TEXT,
    owner_id      TEXT REFERENCES users(id),
    custom_fields TEXT NOT NULL DEFAULT '{}',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX companies_name ON companies (name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX companies_domain_live ON companies (lower(domain))
    WHERE deleted_at IS NULL AND domain IS NOT NULL AND domain <> '';

CREATE TABLE contacts (
    id              TEXT PRIMARY KEY,
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL DEFAULT '',
    email           TEXT,
    other_emails    TEXT NOT NULL DEFAULT '[]',
    phone           TEXT,
    other_phones    TEXT NOT NULL DEFAULT '[]',
    title           TEXT NOT NULL DEFAULT '',
    company_id      TEXT REFERENCES companies(id),
    company_name    TEXT NOT NULL DEFAULT '', -- denormalised for sorting and search; kept by triggers
    street          TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '',
    postal_code     TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    time_zone       TEXT NOT NULL DEFAULT '',
    lifecycle_stage TEXT NOT NULL DEFAULT 'lead' CHECK (lifecycle_stage IN
        ('subscriber','lead','marketing_qualified_lead','sales_qualified_lead','opportunity','customer','evangelist','other')),
    opt_in_email    TEXT NOT NULL DEFAULT 'unknown' CHECK (opt_in_email IN ('unknown','pending','opted_in','double_opted_in','opted_out')),
    opt_in_sms      TEXT NOT NULL DEFAULT 'unknown' CHECK (opt_in_sms IN ('unknown','pending','opted_in','double_opted_in','opted_out')),
    opt_in_whatsapp TEXT NOT NULL DEFAULT 'unknown' CHECK (opt_in_whatsapp IN ('unknown','pending','opted_in','double_opted_in','opted_out')),
    opt_in_voice    TEXT NOT NULL DEFAULT 'unknown' CHECK (opt_in_voice IN ('unknown','pending','opted_in','double_opted_in','opted_out')),
    do_not_contact  INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    owner_id        TEXT REFERENCES users(id),
    source          TEXT NOT NULL DEFAULT 'unknown' CHECK (source IN
        ('unknown','manual','import','website','referral','campaign','social','advertising','event','partner','cold_outreach','api')),
    external_id     TEXT,
    custom_fields   TEXT NOT NULL DEFAULT '{}',
    import_batch_id TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
-- Case-insensitive unique primary email among live contacts.
CREATE UNIQUE INDEX contacts_email_live ON contacts (lower(email))
    WHERE deleted_at IS NULL AND email IS NOT NULL AND email <> '';
CREATE INDEX contacts_phone ON contacts (phone) WHERE deleted_at IS NULL AND phone IS NOT NULL;
CREATE INDEX contacts_external_id ON contacts (external_id) WHERE deleted_at IS NULL AND external_id IS NOT NULL;
CREATE INDEX contacts_company ON contacts (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX contacts_owner ON contacts (owner_id) WHERE owner_id IS NOT NULL;
CREATE INDEX contacts_import_batch ON contacts (import_batch_id) WHERE import_batch_id IS NOT NULL;
CREATE INDEX contacts_updated ON contacts (updated_at);
-- Keyset pagination: one index per sortable column, id as the tie-breaker.
CREATE INDEX contacts_sort_last_name ON contacts (last_name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_first_name ON contacts (first_name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_email ON contacts (email COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_company ON contacts (company_name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_title ON contacts (title COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_city ON contacts (city COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_country ON contacts (country COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_phone ON contacts (phone, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_lifecycle ON contacts (lifecycle_stage, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_created ON contacts (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_updated ON contacts (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_live ON contacts (id) WHERE deleted_at IS NULL;

-- Full-text search over name, emails, phones and company (external content: no copy of the text).
CREATE VIRTUAL TABLE contacts_fts USING fts5 (
    first_name, last_name, email, phone, company_name,
    content='contacts', content_rowid='rowid',
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '2 3'
);
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts (rowid, first_name, last_name, email, phone, company_name)
    VALUES (new.rowid, new.first_name, new.last_name,
            coalesce(new.email, '') || ' ' || new.other_emails,
            coalesce(new.phone, '') || ' ' || new.other_phones, new.company_name);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, first_name, last_name, email, phone, company_name)
    VALUES ('delete', old.rowid, old.first_name, old.last_name,
            coalesce(old.email, '') || ' ' || old.other_emails,
            coalesce(old.phone, '') || ' ' || old.other_phones, old.company_name);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF first_name, last_name, email, other_emails, phone, other_phones, company_name
ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, first_name, last_name, email, phone, company_name)
    VALUES ('delete', old.rowid, old.first_name, old.last_name,
            coalesce(old.email, '') || ' ' || old.other_emails,
            coalesce(old.phone, '') || ' ' || old.other_phones, old.company_name);
    INSERT INTO contacts_fts (rowid, first_name, last_name, email, phone, company_name)
    VALUES (new.rowid, new.first_name, new.last_name,
            coalesce(new.email, '') || ' ' || new.other_emails,
            coalesce(new.phone, '') || ' ' || new.other_phones, new.company_name);
END;
-- The denormalised company name follows the company.
CREATE TRIGGER companies_name_to_contacts AFTER UPDATE OF name ON companies BEGIN
    UPDATE contacts SET company_name = new.name WHERE company_id = new.id;
END;

CREATE TABLE tags (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    color      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX tags_name_live ON tags (lower(name)) WHERE deleted_at IS NULL;

CREATE TABLE contact_tags (
    contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id     TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_tag ON contact_tags (tag_id, contact_id);

CREATE TABLE pipeline_stages (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open','won','lost')),
    probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE TABLE leads (
    id              TEXT PRIMARY KEY,
    contact_id      TEXT NOT NULL REFERENCES contacts(id),
    company_id      TEXT REFERENCES companies(id),
    title           TEXT NOT NULL,
    stage_id        TEXT NOT NULL REFERENCES pipeline_stages(id),
    stage_position  REAL NOT NULL DEFAULT 0, -- order of cards within a stage
    status          TEXT NOT NULL DEFAULT 'new' CHECK (status IN
        ('new','contacted','working','nurturing','qualified','unqualified','converted')),
    source          TEXT NOT NULL DEFAULT 'unknown' CHECK (source IN
        ('unknown','manual','import','website','referral','campaign','social','advertising','event','partner','cold_outreach','api')),
    priority        TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('low','medium','high','urgent')),
    value_cents     INTEGER NOT NULL DEFAULT 0,
    currency        TEXT NOT NULL DEFAULT 'EUR',
    expected_close  TEXT,
    owner_id        TEXT REFERENCES users(id),
    score           INTEGER NOT NULL DEFAULT 0,
    closed_at       TEXT,
    lost_reason     TEXT NOT NULL DEFAULT '',
    custom_fields   TEXT NOT NULL DEFAULT '{}',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX leads_contact ON leads (contact_id);
CREATE INDEX leads_stage ON leads (stage_id, stage_position) WHERE deleted_at IS NULL;
CREATE INDEX leads_owner ON leads (owner_id) WHERE owner_id IS NOT NULL;

CREATE TABLE campaigns (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    type        TEXT NOT NULL DEFAULT 'broadcast' CHECK (type IN ('broadcast','sequence','ab_test','triggered')),
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
        ('draft','scheduled','running','paused','completed','cancelled','archived')),
    segment_id  TEXT,
    owner_id    TEXT REFERENCES users(id),
    scheduled_at TEXT,
    started_at  TEXT,
    finished_at TEXT,
    settings    TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE TABLE campaign_steps (
    id           TEXT PRIMARY KEY,
    campaign_id  TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('email','sms','whatsapp','voice')),
    name         TEXT NOT NULL DEFAULT '',
    delay_minutes INTEGER NOT NULL DEFAULT 0 CHECK (delay_minutes >= 0),
    template_id  TEXT,
    subject      TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    variant      TEXT NOT NULL DEFAULT '', -- A/B variant label, empty when not split
    condition    TEXT NOT NULL DEFAULT '{}', -- branching rule (JSON)
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX campaign_steps_campaign ON campaign_steps (campaign_id, position);

CREATE TABLE campaign_enrollments (
    id            TEXT PRIMARY KEY,
    campaign_id   TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    contact_id    TEXT NOT NULL REFERENCES contacts(id),
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN
        ('active','paused','completed','exited','unsubscribed','bounced','failed')),
    current_step  INTEGER NOT NULL DEFAULT 0,
    variant       TEXT NOT NULL DEFAULT '',
    next_run_at   TEXT,
    enrolled_at   TEXT NOT NULL,
    completed_at  TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE UNIQUE INDEX campaign_enrollments_unique ON campaign_enrollments (campaign_id, contact_id) WHERE deleted_at IS NULL;
CREATE INDEX campaign_enrollments_contact ON campaign_enrollments (contact_id);
CREATE INDEX campaign_enrollments_due ON campaign_enrollments (next_run_at) WHERE status = 'active';

CREATE TABLE activities (
    id           TEXT PRIMARY KEY,
    type         TEXT NOT NULL CHECK (type IN (
        'created','updated','deleted','restored','merged','imported',
        'note','call','meeting','task',
        'stage_changed','owner_changed','status_changed','score_changed',
        'message_queued','message_sent','message_delivered','message_opened','message_clicked','message_replied',
        'message_bounced','message_failed','unsubscribed','consent_changed','enrolled','form_submitted','page_visited')),
    entity_type  TEXT NOT NULL CHECK (entity_type IN ('contact','company','lead','campaign')),
    entity_id    TEXT NOT NULL,
    contact_id   TEXT, -- the contact whose timeline shows this (may equal entity_id)
    lead_id      TEXT,
    company_id   TEXT,
    user_id      TEXT REFERENCES users(id), -- who; NULL for the system
    subject      TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    changes      TEXT NOT NULL DEFAULT '{}', -- {"field": {"old": ..., "new": ...}}
    channel      TEXT CHECK (channel IS NULL OR channel IN ('email','sms','whatsapp','voice')),
    duration_seconds INTEGER,
    occurred_at  TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX activities_contact ON activities (contact_id, occurred_at) WHERE contact_id IS NOT NULL;
CREATE INDEX activities_lead ON activities (lead_id, occurred_at) WHERE lead_id IS NOT NULL;
CREATE INDEX activities_company ON activities (company_id, occurred_at) WHERE company_id IS NOT NULL;
CREATE INDEX activities_entity ON activities (entity_type, entity_id, occurred_at);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
