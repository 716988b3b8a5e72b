/**
 * The demo data: short articles in our own words about real DPRK–Russia events (lib/demo/articles.json),
 * ingested through the real ingest service so the demo shows exactly what the product produces.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { ingestArticle } from "../articles/ingest";
import { syncRegistry } from "../people/repo";
import { COUNTRIES, REGISTRY_PEOPLE } from "../people/registry-data";
import { RELATIONSHIPS } from "../people/relationship-data";
import { syncRelationships } from "../relationships/repo";
import demoArticles from "./articles.json" with { type: "json" };

export const DEMO_URL_PREFIX = "https://example.org/dyad-demo/";
export const DEMO_RELATIONSHIP = "kp-ru";

export interface DemoArticle {
  id: string;
  outlet: string;
  url: string;
  title: string;
  publishedAt: string;
  text: string;
}

export function listDemoArticles(): DemoArticle[] {
  return demoArticles as DemoArticle[];
}

export interface SeedResult {
  articles: number;
  events: number;
  failed: { id: string; error: string }[];
}

/** Loads (or reloads) the demo: removes earlier demo articles and the events only they supported, then ingests. */
export async function seedDemo(db: PrismaClient, log: (line: string) => void = () => {}): Promise<SeedResult> {
  await syncRegistry(db, REGISTRY_PEOPLE, COUNTRIES);
  await syncRelationships(db, RELATIONSHIPS);
  const old = await db.article.findMany({ where: { url: { startsWith: DEMO_URL_PREFIX } }, select: { id: true } });
  if (old.length) {
    const ids = old.map((a) => a.id);
    await db.$transaction(async (tx) => {
      const touched = await tx.eventSource.findMany({ where: { articleId: { in: ids } }, select: { eventId: true }, distinct: ["eventId"] });
      await tx.article.deleteMany({ where: { id: { in: ids } } });
      await tx.event.deleteMany({ where: { id: { in: touched.map((t) => t.eventId) }, sources: { none: {} } } });
    });
    log(`removed ${old.length} earlier demo articles`);
  }
  const failed: SeedResult["failed"] = [];
  const events = new Set<number>();
  for (const article of listDemoArticles()) {
    try {
      // The demo is DPRK–Russia coverage: every event goes to that pair, whatever else an article mentions.
      const result = await ingestArticle(db, { ...article, relationship: DEMO_RELATIONSHIP }, { actor: "demo-seed", publish: true });
      for (const e of result.events) events.add(e.id);
    } catch (error) {
      failed.push({ id: article.id, error: (error as Error).message });
    }
  }
  log(`demo: ${listDemoArticles().length - failed.length} articles, ${events.size} events`);
  return { articles: listDemoArticles().length - failed.length, events: events.size, failed };
}
