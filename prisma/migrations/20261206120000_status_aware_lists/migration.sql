-- The filter bar's list of places follows the status filter: a reader is offered only the places of published
-- events, never one known only from a draft. The list is a loose index scan, one probe per place and status, so
-- the index leads with the status; the places index it replaces served only that list.

-- DropIndex
DROP INDEX "event_location_idx";

-- CreateIndex
CREATE INDEX "event_status_location_idx" ON "event"("status", "location");
