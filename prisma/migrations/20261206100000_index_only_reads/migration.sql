-- Reads that the index answers alone, at 1,000,000 events.
--
-- Merge candidates read from two indexes that hold every column the candidate test needs, so a report's window
-- is read without touching the table: at 1,000,000 events the (type, date) index left thousands of rows to fetch
-- per report, and a bitmap over the pair's index cost 100 ms more. They replace (type, date).

-- DropIndex
DROP INDEX "event_type_date_idx";

-- CreateIndex
CREATE INDEX "event_candidate_date_idx" ON "event"("relationship_id", "type", "date", "date_precision", "end_date", "id");

-- CreateIndex
CREATE INDEX "event_candidate_end_date_idx" ON "event"("relationship_id", "type", "end_date", "date", "date_precision", "id");

-- A pair's list in its default order (date and id, newest first): `page=2000` skipped 100,000 rows through the
-- (status, date, id) index, fetching each row to check its pair (1.1 s); this index skips them by itself (35 ms).

-- DropIndex
DROP INDEX "event_relationship_id_status_date_idx";

-- CreateIndex
CREATE INDEX "event_relationship_id_status_date_id_idx" ON "event"("relationship_id", "status", "date" DESC, "id" DESC);
