-- Merge candidates read from two indexes that hold every column the candidate test needs, so a report's window
-- is read without touching the table: at 1,000,000 events the (type, date) index left thousands of rows to fetch
-- per report, and a bitmap over the pair's index cost 100 ms more. They replace (type, date).

-- DropIndex
DROP INDEX "event_type_date_idx";

-- CreateIndex
CREATE INDEX "event_candidate_date_idx" ON "event"("relationship_id", "type", "date", "date_precision", "end_date", "id");

-- CreateIndex
CREATE INDEX "event_candidate_end_date_idx" ON "event"("relationship_id", "type", "end_date", "date", "date_precision", "id");
