-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('draft', 'published', 'rejected');

-- CreateTable
CREATE TABLE "country" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],

    CONSTRAINT "country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country_code" VARCHAR(2),
    "needs_review" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_alias" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "person_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_office" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "role_key" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "to_country" VARCHAR(2),
    "from_date" TEXT,
    "to_date" TEXT,

    CONSTRAINT "person_office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "url" TEXT,
    "outlet" TEXT,
    "published_at" DATE NOT NULL,
    "content_hash" VARCHAR(64) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previous_version_id" INTEGER,
    "source_format" TEXT NOT NULL DEFAULT 'text',
    "ingested_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "date" DATE NOT NULL,
    "date_precision" "DatePrecision" NOT NULL,
    "end_date" DATE,
    "location" TEXT,
    "actor" TEXT,
    "status" "EventStatus" NOT NULL DEFAULT 'draft',
    "confidence" DOUBLE PRECISION NOT NULL,
    "extractor_version" TEXT NOT NULL,
    "sources_disagree" BOOLEAN NOT NULL DEFAULT false,
    "parent_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_participant" (
    "event_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "role" TEXT,
    "country_code" VARCHAR(2),

    CONSTRAINT "event_participant_pkey" PRIMARY KEY ("event_id","person_id")
);

-- CreateTable
CREATE TABLE "event_source" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL,
    "evidence_start" INTEGER NOT NULL,
    "evidence_end" INTEGER NOT NULL,
    "claimed_date" DATE NOT NULL,
    "claimed_precision" "DatePrecision" NOT NULL,
    "claimed_end_date" DATE,
    "confidence" DOUBLE PRECISION NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "person_slug_key" ON "person"("slug");

-- CreateIndex
CREATE INDEX "person_country_code_idx" ON "person"("country_code");

-- CreateIndex
CREATE INDEX "person_alias_normalized_idx" ON "person_alias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "person_alias_person_id_normalized_key" ON "person_alias"("person_id", "normalized");

-- CreateIndex
CREATE INDEX "person_office_person_id_idx" ON "person_office"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "article_content_hash_key" ON "article"("content_hash");

-- CreateIndex
CREATE INDEX "article_url_idx" ON "article"("url");

-- CreateIndex
CREATE INDEX "article_published_at_idx" ON "article"("published_at");

-- CreateIndex
CREATE INDEX "event_date_idx" ON "event"("date");

-- CreateIndex
CREATE INDEX "event_type_date_idx" ON "event"("type", "date");

-- CreateIndex
CREATE INDEX "event_status_date_idx" ON "event"("status", "date");

-- CreateIndex
CREATE INDEX "event_parent_id_idx" ON "event"("parent_id");

-- CreateIndex
CREATE INDEX "event_participant_person_id_idx" ON "event_participant"("person_id");

-- CreateIndex
CREATE INDEX "event_source_article_id_idx" ON "event_source"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_source_event_id_article_id_key" ON "event_source"("event_id", "article_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_alias" ADD CONSTRAINT "person_alias_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_office" ADD CONSTRAINT "person_office_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_previous_version_id_fkey" FOREIGN KEY ("previous_version_id") REFERENCES "article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_source" ADD CONSTRAINT "event_source_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_source" ADD CONSTRAINT "event_source_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
