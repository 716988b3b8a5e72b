/**
 * Extraction throughput on one core: a realistic mix of articles (fixture articles padded with filler
 * paragraphs to a 500-800 word median), extracted in a loop for about ten seconds.
 *
 *   npx tsx scripts/bench-extract.ts [seconds]
 *
 * Prints JSON lines: {"metric":"extract_throughput",...} and {"metric":"extract_peak_rss_mb",...}.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildExtractContext, extractEvents } from "../lib/extract/index";
import type { ArticleInput } from "../lib/extract/types";
import { COUNTRIES, REGISTRY_PEOPLE } from "../lib/people/registry-data";

// Filler in our own words: analysis and context paragraphs of the kind that pad real reports.
const FILLER = [
  "Analysts in Seoul said the exchanges reflected a relationship that has grown steadily closer, driven by shared hostility toward Washington and by Moscow's need for munitions. They cautioned that much of the cooperation remains opaque and difficult to verify from outside.",
  "Trade between the two countries remains small by international standards, but officials on both sides have spoken of expanding rail links, tourism and labour exchanges. Sanctions imposed by the United Nations Security Council continue to limit what can be done openly.",
  "The foreign ministry in Seoul said it was monitoring developments closely and would coordinate its response with Washington and Tokyo. A spokesperson declined to comment on intelligence matters.",
  "Observers noted that state media coverage of the event was unusually extensive, with several pages of photographs and a lengthy commentary praising the friendship between the two peoples.",
  "Experts said the real test of the partnership would come in the months ahead, as both governments try to turn declarations into concrete projects in energy, transport and agriculture.",
  "In Washington, officials repeated their concern that any transfer of military technology would destabilise the region. They urged both governments to comply with existing resolutions.",
  "The border crossing at the Tumen River, long a sleepy outpost, has seen more traffic this year as freight trains carry goods in both directions, according to satellite imagery reviewed by researchers.",
  "Russian commentators described the relationship as pragmatic, while North Korean outlets used more effusive language, calling the ties invincible and rooted in a shared history of struggle.",
];

function loadArticles(): ArticleInput[] {
  const dirs = [path.join(import.meta.dirname, "..", "lib", "extract", "fixtures"), path.join(import.meta.dirname, "..", "lib", "extract", "dev-cases")];
  const out: ArticleInput[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".json")).sort()) {
      out.push((JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { article: ArticleInput }).article);
    }
  }
  return out;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
}

/** Pads each article with filler paragraphs (deterministically varied) so lengths spread around 500-800 words. */
function buildMix(articles: ArticleInput[]): ArticleInput[] {
  return articles.map((a, i) => {
    const target = 450 + ((i * 137) % 400);
    const parts = [a.text];
    let k = i;
    while (countWords(parts.join("\n\n")) < target) parts.push(FILLER[k++ % FILLER.length]);
    return { ...a, text: parts.join("\n\n") };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)];
}

function main(seconds: number): void {
  const context = buildExtractContext(REGISTRY_PEOPLE, COUNTRIES);
  const mix = buildMix(loadArticles());
  if (mix.length === 0) throw new Error("no articles to benchmark");
  for (const a of mix) extractEvents(a, context); // warm-up: compiles the alias index once
  let peakRss = process.memoryUsage().rss;
  let done = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < budget) {
    extractEvents(mix[done % mix.length], context);
    done++;
    if (done % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  // CPU time, so a busy shared machine does not count other processes' time against extraction.
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const words = median(mix.map((a) => countWords(a.text)));
  // The load average, as on every line of `npm run bench` (the machine is shared).
  const load_avg_1m = Number(os.loadavg()[0].toFixed(2));
  console.log(JSON.stringify({ metric: "extract_throughput", articles_per_s: Math.round(done / cpuSeconds), median_words: words, wall_articles_per_s: Math.round(done / elapsed), load_avg_1m }));
  console.log(JSON.stringify({ metric: "extract_peak_rss_mb", value: Math.round(peakRss / 1048576), extract_peak_rss_mb: Math.round(peakRss / 1048576), load_avg_1m }));
}

main(Number(process.argv[2] ?? 10));
