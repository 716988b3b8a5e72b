-- Several relationships: the country pair is data. Every event belongs to one pair; events stored before this
-- migration all belong to North Korea–Russia, the pair Dyad started with (and the default: sort order 0).

-- CreateTable
CREATE TABLE "relationship" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country_a" VARCHAR(2) NOT NULL,
    "country_b" VARCHAR(2) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "relationship_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "relationship_slug_key" ON "relationship"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "relationship_country_a_country_b_key" ON "relationship"("country_a", "country_b");

-- AddForeignKey
ALTER TABLE "relationship" ADD CONSTRAINT "relationship_country_a_fkey" FOREIGN KEY ("country_a") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relationship" ADD CONSTRAINT "relationship_country_b_fkey" FOREIGN KEY ("country_b") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Seed the default pair (the registry sync fills in the countries' aliases and the other pairs later).
INSERT INTO "country" ("code", "name", "aliases") VALUES ('KP', 'North Korea', '{}'), ('RU', 'Russia', '{}')
ON CONFLICT ("code") DO NOTHING;
INSERT INTO "relationship" ("slug", "name", "country_a", "country_b", "sort_order")
VALUES ('kp-ru', 'North Korea–Russia', 'KP', 'RU', 0);

-- The default pair: the first by sort order. Used as the column default, so existing events are backfilled with
-- North Korea–Russia and an insert that names no pair (older scripts, bulk SQL) still gets a valid one.
CREATE FUNCTION "dyad_default_relationship_id"() RETURNS INTEGER LANGUAGE sql STABLE AS $$
    SELECT "id" FROM "relationship" ORDER BY "sort_order", "id" LIMIT 1
$$;

-- AlterTable
ALTER TABLE "event" ADD COLUMN "relationship_id" INTEGER NOT NULL DEFAULT "dyad_default_relationship_id"();

-- CreateIndex
CREATE INDEX "event_relationship_id_status_date_idx" ON "event"("relationship_id", "status", "date");

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_relationship_id_fkey" FOREIGN KEY ("relationship_id") REFERENCES "relationship"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The per-day counts (see the scale_indexes migration) are kept per pair, so the meeting chart of one pair still
-- reads them: rebuilt with the pair in the key, and the triggers follow an event that moves to another pair.
DROP TRIGGER "event_day_count_inserted" ON "event";
DROP TRIGGER "event_day_count_updated" ON "event";
DROP TRIGGER "event_day_count_deleted" ON "event";
DROP TABLE "event_day_count";

CREATE TABLE "event_day_count" (
    "relationship_id" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "status" "EventStatus" NOT NULL,
    "date" DATE NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "event_day_count_pkey" PRIMARY KEY ("relationship_id", "type", "status", "date")
);

CREATE OR REPLACE FUNCTION "event_day_count_changed"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO event_day_count AS c (relationship_id, type, status, date, count)
    SELECT relationship_id, type, status, date, count(*)::INTEGER FROM new_events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (relationship_id, type, status, date) DO UPDATE SET count = c.count + EXCLUDED.count;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE event_day_count c SET count = c.count - d.n
    FROM (SELECT relationship_id, type, status, date, count(*)::INTEGER AS n FROM old_events GROUP BY 1, 2, 3, 4) d
    WHERE c.relationship_id = d.relationship_id AND c.type = d.type AND c.status = d.status AND c.date = d.date;
  ELSE
    INSERT INTO event_day_count AS c (relationship_id, type, status, date, count)
    SELECT relationship_id, type, status, date, n
    FROM (VALUES (OLD.relationship_id, OLD.type, OLD.status, OLD.date, -1), (NEW.relationship_id, NEW.type, NEW.status, NEW.date, 1))
         AS d(relationship_id, type, status, date, n)
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (relationship_id, type, status, date) DO UPDATE SET count = c.count + EXCLUDED.count;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "event_day_count_inserted" AFTER INSERT ON "event"
REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION "event_day_count_changed"();
CREATE TRIGGER "event_day_count_updated" AFTER UPDATE OF "relationship_id", "type", "status", "date" ON "event"
FOR EACH ROW WHEN (OLD.relationship_id IS DISTINCT FROM NEW.relationship_id OR OLD.type IS DISTINCT FROM NEW.type
                   OR OLD.status IS DISTINCT FROM NEW.status OR OLD.date IS DISTINCT FROM NEW.date)
EXECUTE FUNCTION "event_day_count_changed"();
CREATE TRIGGER "event_day_count_deleted" AFTER DELETE ON "event"
REFERENCING OLD TABLE AS old_events FOR EACH STATEMENT EXECUTE FUNCTION "event_day_count_changed"();

INSERT INTO event_day_count (relationship_id, type, status, date, count)
SELECT relationship_id, type, status, date, count(*)::INTEGER FROM event GROUP BY 1, 2, 3, 4;
