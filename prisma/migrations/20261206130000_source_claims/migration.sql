-- Each source keeps the people and the place it names for its event, as it keeps its own date: the event shows the
-- people enough of its sources name and the place most of them give, so one report's stray name or wrong city no
-- longer sticks to the event (or decides what later reports merge with). Sources stored before this migration are
-- taken to name the event's present people and place, which keeps every event as it is.
-- An event also records which fields an editor set by hand, so that a later source leaves them alone.

-- AlterTable
ALTER TABLE "event" ADD COLUMN "edited_fields" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "event_source" ADD COLUMN "claimed_location" TEXT,
ADD COLUMN "claimed_people" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- The new columns touch neither the source counts nor the search text that the update trigger keeps.
ALTER TABLE "event_source" DISABLE TRIGGER "event_source_updated";
UPDATE "event_source" s SET
  "claimed_people" = COALESCE((SELECT array_agg(p."person_id" ORDER BY p."person_id") FROM "event_participant" p WHERE p."event_id" = s."event_id"), ARRAY[]::INTEGER[]),
  "claimed_location" = (SELECT e."location" FROM "event" e WHERE e."id" = s."event_id");
ALTER TABLE "event_source" ENABLE TRIGGER "event_source_updated";
