-- Search folds accents as SQLite's full-text index does (unicode61, remove_diacritics 2):
-- "muller" finds "Müller" and "unal" finds "Ünal" in a shared database too, and "Müller"
-- typed finds "Muller" stored. A Latin letter with diacritics becomes its base letter (also
-- when the text comes decomposed, a letter then its combining marks); letters of their own
-- (ß, ø, ł, ı) and other scripts stay as they are, as SQLite keeps them.
-- Text without a non-ASCII character, most of it, is returned as it is without being
-- normalised: 100,000 imported contacts cost 0.3 s more that way, not 14 s as with a
-- translate() of every accented letter.
-- Applying it rewrites the search vector of every live contact with such text, in the
-- migration's transaction: on a shared database of a million of them, the first desktop to
-- open it after the update takes a few minutes, and edits of contacts wait meanwhile.
DO $$
BEGIN
    -- normalize() needs UTF-8 and PostgreSQL 13; a database without them searches as before.
    IF current_setting('server_encoding') = 'UTF8' AND current_setting('server_version_num')::int >= 130000 THEN
        CREATE FUNCTION leadline_fold_accents(value TEXT) RETURNS TEXT
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fold$
            SELECT CASE WHEN octet_length(value) = char_length(value) THEN value
                        ELSE normalize(regexp_replace(normalize(value, NFD), '([A-Za-z])[\u0300-\u036f]+', '\1', 'g'), NFC)
                   END
        $fold$;
    ELSE
        CREATE FUNCTION leadline_fold_accents(value TEXT) RETURNS TEXT
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fold$ SELECT value $fold$;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION contacts_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.deleted_at IS NOT NULL THEN
        NEW.search_vector := NULL;
        RETURN NEW;
    END IF;
    NEW.search_vector := to_tsvector('simple', leadline_fold_accents(
        coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, '') || ' ' ||
        coalesce(NEW.email, '') || ' ' || translate(coalesce(NEW.email, ''), '@.-_+', '     ') || ' ' ||
        NEW.other_emails::text || ' ' || translate(NEW.other_emails::text, '@.-_+"[],', '         ') || ' ' ||
        coalesce(NEW.phone, '') || ' ' || translate(coalesce(NEW.phone, ''), '+', ' ') || ' ' ||
        translate(NEW.other_phones::text, '+"[],', '     ') || ' ' ||
        coalesce(NEW.company_name, '')));
    RETURN NEW;
END $$;

-- The contacts stored so far, folded: the trigger fires on a change of a column it reads.
UPDATE contacts SET first_name = first_name
WHERE deleted_at IS NULL
  AND octet_length(first_name || last_name || coalesce(email, '') || other_emails::text || company_name)
      <> char_length(first_name || last_name || coalesce(email, '') || other_emails::text || company_name);
