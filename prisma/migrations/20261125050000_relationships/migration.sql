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
