-- Paragraf server schema 9, as the file's: where a year's numbering starts may not move once a
-- protocol of the body's year is adjusted and has paragraphs. A missing row means the year
-- starts at 1.

CREATE FUNCTION paragraf_year_is_final(body bigint, year integer) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM meeting m JOIN paragraph p ON p.meeting_id = m.id
        WHERE m.body_id = $1 AND m.date >= to_char($2, 'FM0000') || '-01-01'
          AND m.date <= to_char($2, 'FM0000') || '-12-31'
          AND paragraf_final_status(m.status))
$$;

CREATE FUNCTION paragraf_numbering_start_final_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.first_number <> 1 AND paragraf_year_is_final(NEW.body_id, NEW.year))
       OR (TG_OP = 'DELETE' AND OLD.first_number <> 1 AND paragraf_year_is_final(OLD.body_id, OLD.year))
       OR (TG_OP = 'UPDATE'
           AND (NEW.first_number, NEW.body_id, NEW.year) IS DISTINCT FROM (OLD.first_number, OLD.body_id, OLD.year)
           AND (paragraf_year_is_final(OLD.body_id, OLD.year) OR paragraf_year_is_final(NEW.body_id, OLD.year)
                OR paragraf_year_is_final(OLD.body_id, NEW.year) OR paragraf_year_is_final(NEW.body_id, NEW.year))) THEN
        RAISE EXCEPTION 'the protocol is adjusted and final' USING ERRCODE = 'PF001', TABLE = TG_TABLE_NAME;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER numbering_start_final BEFORE INSERT OR UPDATE OR DELETE ON numbering_start
    FOR EACH ROW EXECUTE FUNCTION paragraf_numbering_start_final_change();
