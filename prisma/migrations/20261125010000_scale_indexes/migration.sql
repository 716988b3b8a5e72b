-- Scale: indexes designed from the queries the app sends (measured on the 1,000,000-event bench archive; see
-- README "Performance"), a maintained full-text column for `q`, a stored source count, and trigram search of
-- person aliases. Triggers and functions are not part of Prisma's model: they live here only.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- ---------------------------------------------------------------------------------------------------- event

ALTER TABLE "event" ADD COLUMN "source_count" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "event" ADD COLUMN "search" TSVECTOR;

-- The page of the list: WHERE status = $1 ORDER BY date DESC, id DESC LIMIT n (OFFSET m) read off the index.
DROP INDEX "event_status_date_idx";
CREATE INDEX "event_status_date_id_idx" ON "event"("status", "date" DESC, "id" DESC);

-- A type filter with the default order, and the meeting counts (type, status, date range), index-only.
CREATE INDEX "event_type_status_date_id_idx" ON "event"("type", "status", "date" DESC, "id" DESC);

-- The "most sources first" order.
CREATE INDEX "event_status_source_count_date_id_idx" ON "event"("status", "source_count" DESC, "date" DESC, "id" DESC);

-- The filter bar's list of places, read as a loose index scan.
CREATE INDEX "event_location_idx" ON "event"("location");

CREATE INDEX "event_search_idx" ON "event" USING GIN ("search");

-- ---------------------------------------------------------------------------------------------------- participants

-- Events of a person or of a country, index-only, in both directions (list by person, probe by event).
DROP INDEX "event_participant_person_id_idx";
CREATE INDEX "event_participant_person_id_event_id_idx" ON "event_participant"("person_id", "event_id");
CREATE INDEX "event_participant_country_code_event_id_idx" ON "event_participant"("country_code", "event_id");

-- ---------------------------------------------------------------------------------------------------- articles

-- The text with its whitespace folded, hashed: reprints of one text share it, and independent reports raise an
-- event's confidence only once per text. Computed by PostgreSQL as the row is written (it was computed for every
-- source of an event each time the event got one more).
ALTER TABLE "article" ADD COLUMN "text_digest" TEXT NOT NULL GENERATED ALWAYS AS (md5(regexp_replace("text", '\s+', ' ', 'g'))) STORED;

-- ---------------------------------------------------------------------------------------------------- aliases

-- Substring search of names (the people type-ahead, and `q` on participants' aliases).
CREATE INDEX "person_alias_normalized_trgm_idx" ON "person_alias" USING GIN ("normalized" gin_trgm_ops);

-- ---------------------------------------------------------------------------------------------------- maintenance

-- What `q` searches: the event's title, summary and place and the evidence of every source. 'simple' keeps words
-- as written (lower-cased, no stemming), which is closest to the substring search it replaces.
CREATE FUNCTION "event_search_vector"(title TEXT, summary TEXT, location TEXT, evidence TEXT) RETURNS TSVECTOR
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT to_tsvector('simple'::regconfig, concat_ws(' ', title, summary, location, evidence)) $$;

-- A trigger and not a generated column: the evidence lives in event_source, and a generated column sees only its row.
CREATE FUNCTION "event_search_refresh"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.search := event_search_vector(NEW.title, NEW.summary, NEW.location,
    (SELECT string_agg(s.evidence, ' ' ORDER BY s.id) FROM event_source s WHERE s.event_id = NEW.id));
  RETURN NEW;
END
$$;

CREATE TRIGGER "event_search_refresh"
BEFORE INSERT OR UPDATE OF "title", "summary", "location" ON "event"
FOR EACH ROW EXECUTE FUNCTION "event_search_refresh"();

-- Sources added, moved (split, merge) or removed: recount and re-index each event concerned, once per statement.
-- New sources have the highest ids, so appending their words gives what a full recount would (tsvector `||`
-- shifts the positions of its right side past the left's, as one text would have them).
CREATE FUNCTION "event_source_changed"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
DECLARE
  ids INTEGER[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE event e
    SET source_count = e.source_count + added.n,
        search = COALESCE(e.search, ''::tsvector) || added.words
    FROM (
      SELECT event_id, count(*)::INTEGER AS n, to_tsvector('simple'::regconfig, string_agg(evidence, ' ' ORDER BY id)) AS words
      FROM new_sources GROUP BY event_id
    ) added
    WHERE e.id = added.event_id;
    RETURN NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT event_id) INTO ids FROM old_sources;
  ELSE
    SELECT array_agg(DISTINCT event_id) INTO ids FROM (SELECT event_id FROM old_sources UNION SELECT event_id FROM new_sources) changed;
  END IF;
  UPDATE event e
  SET source_count = agg.n,
      search = event_search_vector(e.title, e.summary, e.location, agg.evidence)
  FROM (
    SELECT c.id, count(s.id)::INTEGER AS n, string_agg(s.evidence, ' ' ORDER BY s.id) AS evidence
    FROM unnest(ids) AS c(id) LEFT JOIN event_source s ON s.event_id = c.id
    GROUP BY c.id
  ) agg
  WHERE e.id = agg.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "event_source_inserted" AFTER INSERT ON "event_source"
REFERENCING NEW TABLE AS new_sources FOR EACH STATEMENT EXECUTE FUNCTION "event_source_changed"();
CREATE TRIGGER "event_source_updated" AFTER UPDATE ON "event_source"
REFERENCING OLD TABLE AS old_sources NEW TABLE AS new_sources FOR EACH STATEMENT EXECUTE FUNCTION "event_source_changed"();
CREATE TRIGGER "event_source_deleted" AFTER DELETE ON "event_source"
REFERENCING OLD TABLE AS old_sources FOR EACH STATEMENT EXECUTE FUNCTION "event_source_changed"();

-- Existing events.
UPDATE event e
SET source_count = agg.n,
    search = event_search_vector(e.title, e.summary, e.location, agg.evidence)
FROM (
  SELECT ev.id, count(s.id)::INTEGER AS n, string_agg(s.evidence, ' ' ORDER BY s.id) AS evidence
  FROM event ev LEFT JOIN event_source s ON s.event_id = ev.id
  GROUP BY ev.id
) agg
WHERE e.id = agg.id;

-- ---------------------------------------------------------------------------------------------------- per-day counts

-- Events per type, status and day: the meeting chart and the timeline outline sum a few thousand of these rows
-- instead of counting hundreds of thousands of events. Kept by the triggers below; a day whose events all moved
-- away keeps a row with count 0 (harmless to the sums, and cheaper than deleting it).
CREATE TABLE "event_day_count" (
    "type" TEXT NOT NULL,
    "status" "EventStatus" NOT NULL,
    "date" DATE NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "event_day_count_pkey" PRIMARY KEY ("type", "status", "date")
);

CREATE FUNCTION "event_day_count_changed"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO event_day_count AS c (type, status, date, count)
    SELECT type, status, date, count(*)::INTEGER FROM new_events GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (type, status, date) DO UPDATE SET count = c.count + EXCLUDED.count;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE event_day_count c SET count = c.count - d.n
    FROM (SELECT type, status, date, count(*)::INTEGER AS n FROM old_events GROUP BY 1, 2, 3) d
    WHERE c.type = d.type AND c.status = d.status AND c.date = d.date;
  ELSE
    -- An event moved to another type, status or day (the trigger fires only then).
    INSERT INTO event_day_count AS c (type, status, date, count)
    SELECT type, status, date, n FROM (VALUES (OLD.type, OLD.status, OLD.date, -1), (NEW.type, NEW.status, NEW.date, 1)) AS d(type, status, date, n)
    ORDER BY 1, 2, 3
    ON CONFLICT (type, status, date) DO UPDATE SET count = c.count + EXCLUDED.count;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "event_day_count_inserted" AFTER INSERT ON "event"
REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION "event_day_count_changed"();
-- Per row, and only when one of the three changes: most updates (a new source, a confidence) do not.
CREATE TRIGGER "event_day_count_updated" AFTER UPDATE OF "type", "status", "date" ON "event"
FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type OR OLD.status IS DISTINCT FROM NEW.status OR OLD.date IS DISTINCT FROM NEW.date)
EXECUTE FUNCTION "event_day_count_changed"();
CREATE TRIGGER "event_day_count_deleted" AFTER DELETE ON "event"
REFERENCING OLD TABLE AS old_events FOR EACH STATEMENT EXECUTE FUNCTION "event_day_count_changed"();

-- Existing days.
INSERT INTO event_day_count (type, status, date, count)
SELECT type, status, date, count(*)::INTEGER FROM event GROUP BY 1, 2, 3;
