-- Bulk imports: a batch and its items (lib/imports). The job queue is pg-boss, which keeps its own schema.

-- CreateEnum
CREATE TYPE "ImportItemStatus" AS ENUM ('pending', 'done', 'failed');

-- CreateTable
CREATE TABLE "import_batch" (
    "id" SERIAL NOT NULL,
    "created_by" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "source_names" TEXT[],
    "publish" BOOLEAN NOT NULL DEFAULT false,
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "sealed_at" TIMESTAMPTZ(3),
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_item" (
    "id" SERIAL NOT NULL,
    "batch_id" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "status" "ImportItemStatus" NOT NULL DEFAULT 'pending',
    "payload" JSONB,
    "file" BYTEA,
    "outcome" TEXT,
    "error" TEXT,
    "article_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_batch_created_at_idx" ON "import_batch"("created_at");

-- CreateIndex
CREATE INDEX "import_item_batch_id_status_idx" ON "import_item"("batch_id", "status");

-- CreateIndex
CREATE INDEX "import_item_article_id_idx" ON "import_item"("article_id");

-- AddForeignKey
ALTER TABLE "import_item" ADD CONSTRAINT "import_item_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_item" ADD CONSTRAINT "import_item_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE SET NULL ON UPDATE CASCADE;
