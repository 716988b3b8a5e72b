-- Indexes proposed by the big-archive benchmark (not a migration: prisma/migrations is the source of truth).
-- `BENCH_EXTRA_SQL=scripts/bench/proposed-indexes.sql npm run bench` applies this file after the archive is
-- generated, to measure the app with them. Each statement is one "what if"; the reasons are in the bench report.

-- The event list: ORDER BY date DESC, id DESC LIMIT n read straight off the index (index-only for the ids),
-- and late pages (OFFSET) walk the index without touching the table. Replaces event_status_date_idx.
CREATE INDEX IF NOT EXISTS "event_status_date_id_idx" ON "event" ("status", "date" DESC, "id" DESC);

-- Meeting counts: type + status (+ date range) index-only.
CREATE INDEX IF NOT EXISTS "event_type_status_date_idx" ON "event" ("type", "status", "date");

-- Participant and country filters: index-only semi-joins in both directions (probe by event, or list by person
-- or country). The first replaces event_participant_person_id_idx.
CREATE INDEX IF NOT EXISTS "event_participant_person_id_event_id_idx" ON "event_participant" ("person_id", "event_id");
CREATE INDEX IF NOT EXISTS "event_participant_country_code_event_id_idx" ON "event_participant" ("country_code", "event_id");

-- The filter bar's list of locations, as a loose index scan (a few dozen index probes instead of 1M rows).
CREATE INDEX IF NOT EXISTS "event_location_idx" ON "event" ("location");

-- q: the ILIKE '%...%' substring search, through trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS "event_title_trgm_idx" ON "event" USING GIN ("title" gin_trgm_ops);
CREATE INDEX IF NOT EXISTS "event_summary_trgm_idx" ON "event" USING GIN ("summary" gin_trgm_ops);
CREATE INDEX IF NOT EXISTS "event_location_trgm_idx" ON "event" USING GIN ("location" gin_trgm_ops);
CREATE INDEX IF NOT EXISTS "event_source_evidence_trgm_idx" ON "event_source" USING GIN ("evidence" gin_trgm_ops);
CREATE INDEX IF NOT EXISTS "person_alias_alias_trgm_idx" ON "person_alias" USING GIN ("alias" gin_trgm_ops);
