-- The search index holds live contacts only, as on SQLite: a soft-deleted contact has no
-- search vector (it leaves the GIN index), a restore computes it again.

CREATE OR REPLACE FUNCTION contacts_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.deleted_at IS NOT NULL THEN
        NEW.search_vector := NULL;
        RETURN NEW;
    END IF;
    NEW.search_vector := to_tsvector('simple',
        coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, '') || ' ' ||
        coalesce(NEW.email, '') || ' ' || translate(coalesce(NEW.email, ''), '@.-_+', '     ') || ' ' ||
        NEW.other_emails::text || ' ' || translate(NEW.other_emails::text, '@.-_+"[],', '         ') || ' ' ||
        coalesce(NEW.phone, '') || ' ' || translate(coalesce(NEW.phone, ''), '+', ' ') || ' ' ||
        translate(NEW.other_phones::text, '+"[],', '     ') || ' ' ||
        coalesce(NEW.company_name, ''));
    RETURN NEW;
END $$;

DROP TRIGGER contacts_search_vector_trigger ON contacts;
CREATE TRIGGER contacts_search_vector_trigger BEFORE INSERT OR UPDATE OF
    first_name, last_name, email, other_emails, phone, other_phones, company_name, deleted_at
    ON contacts FOR EACH ROW EXECUTE FUNCTION contacts_search_vector();

UPDATE contacts SET search_vector = NULL WHERE deleted_at IS NOT NULL AND search_vector IS NOT NULL;

-- As on SQLite: contacts_sort_updated orders live contacts by updated_at, and the last-name
-- sort uses the name index (last name, then first name, then id).
DROP INDEX contacts_updated;
DROP INDEX contacts_sort_last_name;
