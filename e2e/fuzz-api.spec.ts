import { expect, test, type APIRequestContext } from "@playwright/test";
import { authHeaders, REFUSED_FOR_AUTH } from "./support/auth";
import { countRows, e2eDatabaseUrl } from "./support/database";

/*
 * A seeded fuzz run over the HTTP surface of the production server: every API route with every method, the
 * pages and /export with hostile query strings, malformed and oversized article uploads, bad multipart, wrong
 * content types, injection strings in every filter, invalid ids, and forged server-action calls. The same seed
 * gives the same requests (FUZZ_SEED, FUZZ_COUNT to vary). Every request is one that must be refused or
 * answered read-only, so:
 *   - no response is a 5xx;
 *   - no body carries a stack trace, SQL error text, a file path or a driver error;
 *   - no write is accepted, and the row count of every table is the same after the run as before.
 * Prints the number of requests tried and of 5xx seen.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 6);
const COUNT = Number(process.env.FUZZ_COUNT ?? 1200);

/** mulberry32: small, fast and reproducible. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof createRandom>;

const INJECTIONS = [
  "' OR '1'='1", "'; DROP TABLE event; --", "1; SELECT pg_sleep(5)--", "\") OR 1=1 --", "%' OR 1=1 --", "\\'", "$$; DROP TABLE article; $$",
  "1 UNION SELECT usename, passwd FROM pg_shadow--", "1' AND (SELECT count(*) FROM person) > 0 --", "'||(SELECT version())||'", "e.status = 'draft'",
  "{\"$gt\":\"\"}", "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "{{7*7}}", "${7*7}", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
  "javascript:alert(1)", "\u0000", "a\u0000b", "\ud800", "\udfff\ud800", "🤖", "\u202eevil", "\r\nSet-Cookie: x=1", "%00", "%ff%fe", "null", "undefined", "NaN",
  "-1", "0", "1e309", "0x10", "9".repeat(40), " ", ",,,", "[]", "{}", "A".repeat(5000), "ü".repeat(300), "\\", "%", "_", "*", "?", "#", "&", "=",
];
const FILTER_KEYS = ["from", "to", "type", "participant", "country", "level", "location", "q", "status", "page", "pageSize", "sort", "interval", "format", "limit", "view", "stack", "review"];
const GOOD_VALUES: Record<string, string[]> = {
  from: ["2019", "2023-09", "2024-06-19"], to: ["2025", "2024-12-31"], type: ["meeting", "visit,call"], participant: ["kim-jong-un"], country: ["RU", "kp"],
  level: ["head", "minister"], location: ["Moscow"], q: ["summit"], status: ["all", "draft"], page: ["1", "2"], pageSize: ["10", "500"],
  sort: ["date", "-sources"], interval: ["month", "year"], format: ["csv", "json", "ics"], limit: ["5"],
};
const BAD_VALUES: Record<string, string[]> = {
  from: ["2024-02-30", "2024-13", "1899", "yesterday", "2024/01/01", "20240101", "2024-1-1"], to: ["0000", "2024-00-10", "3000-01-01"],
  type: ["party", "meeting;drop", "MEETING"], participant: ["Kim Jong Un", "kim_jong_un", "a".repeat(200)], country: ["RUS", "1", "ZZZ"], level: ["king", "HEAD"],
  status: ["deleted", "published;", "ALL"], page: ["0", "-1", "1.5", "1e6", "Infinity", "abc"], pageSize: ["0", "501", "100000", "-5", "1e3", "999999999999"],
  sort: ["id", "-date;DROP", "random()", "date DESC"], interval: ["week", "day", "MONTH"], format: ["xml", "pdf", "CSV"], limit: ["0", "51", "-1", "x"],
};

function value(random: Random, key: string): string {
  const roll = random.next();
  if (roll < 0.35 && GOOD_VALUES[key]) return random.pick(GOOD_VALUES[key]);
  if (roll < 0.7 && BAD_VALUES[key]) return random.pick(BAD_VALUES[key]);
  return random.pick(INJECTIONS);
}

/** Percent-encoding that also takes lone surrogates, as their (invalid) UTF-8 bytes. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text].map((c) => (/[\ud800-\udfff]/.test(c) ? "%ED%A0%80" : encodeURIComponent(c))).join("");
  }
}

/** A query string of 0-6 parameters: known and unknown keys, repeated keys, bracket keys, raw bad escapes. */
function query(random: Random): string {
  const parts: string[] = [];
  for (let i = random.int(7); i > 0; i--) {
    const key = random.chance(0.85) ? random.pick(FILTER_KEYS) : random.pick(["x", "from[]", "type[0]", "q[a]", "__proto__", "constructor", "%00", "", "page.size"]);
    const encoded = random.chance(0.05) ? random.pick(["%", "%zz", "%E0%A4%A", "%C0%AF", "%ED%A0%80"]) : encode(value(random, key));
    parts.push(`${encode(key)}=${encoded}`);
    if (random.chance(0.1)) parts.push(`${encode(key)}=${encode(value(random, key))}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

const BAD_IDS = ["0", "-1", "1.5", "1e3", "abc", "1;DROP TABLE event", "99999999999999999999", "%00", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E", "1%20OR%201%3D1", "0x1", " 1", "%F0%9F%A4%96", "1".repeat(300)];
const BAD_DATES = ["", "2024-02-30", "2024-13-01", "yesterday", "2024/01/01", "1' OR '1'='1", "9999-99-99", "2024-06-19T00:00:00Z", "0000-00-00"];
const BAD_URLS = ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/a", "http://", "not a url", "https://exa mple.org", "//evil.example", `https://example.org/${"a".repeat(2100)}`, "vbscript:x"];

interface FuzzRequest {
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** A write that must be refused: any 2xx is a failure. */
  write?: boolean;
}

const validArticle = () => ({
  title: "Fuzz article that must never be stored",
  publishedAt: "2021-05-05",
  url: "https://example.org/fuzz",
  text: "Russian Ambassador Alexander Matsegora met North Korean Foreign Minister Ri Son Gwon in Pyongyang on May 4, 2021.",
});

/** An article with at least one defect that must make the whole upload fail, plus injection strings elsewhere. */
function brokenArticle(random: Random): Record<string, unknown> {
  const article: Record<string, unknown> = validArticle();
  for (const field of ["title", "outlet", "text"]) if (random.chance(0.4)) article[field] = `${article[field] ?? ""} ${random.pick(INJECTIONS)}`;
  const defect = random.int(9);
  if (defect === 0) article.publishedAt = random.pick(BAD_DATES);
  else if (defect === 1) article.text = random.pick(["", "   ", "\u0000\u0001\u0002", "\n\n"]);
  else if (defect === 2) article.title = random.pick(["", "   ", "x".repeat(501), "\u0000"]);
  else if (defect === 3) article.url = random.pick(BAD_URLS);
  else if (defect === 4) article[random.pick(["title", "text", "publishedAt", "url", "outlet"])] = random.pick([123, true, ["a"], { $gt: "" }, -0.5]);
  else if (defect === 5) delete article[random.pick(["title", "text", "publishedAt"])];
  else if (defect === 6) article.outlet = "o".repeat(201);
  else if (defect === 7) article.publishedAt = random.pick([20210505, null, "2021-05-05' OR 1=1 --"]);
  else article.title = `x`.repeat(random.pick([501, 2000]));
  return article;
}

function multipart(parts: { name: string; value?: string; file?: { name: string; type: string; bytes: Buffer } }[], boundary = `----fuzz${Date.now()}`): { body: Buffer; type: string } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.file ? `form-data; name="${part.name}"; filename="${part.file.name}"` : `form-data; name="${part.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.file ? `Content-Type: ${part.file.type}\r\n` : ""}\r\n`));
    chunks.push(part.file ? part.file.bytes : Buffer.from(part.value ?? ""));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

function randomBytes(random: Random, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = random.int(256);
  return bytes;
}

/** Files that must be refused: binary junk, broken PDF and DOCX, a text file with a bad date, both text and file. */
function brokenUpload(random: Random): { body: Buffer; type: string } {
  const kind = random.int(7);
  const date = kind === 4 ? random.pick(BAD_DATES) : "2021-05-05";
  const file = [
    { name: "junk.txt", type: "text/plain", bytes: Buffer.concat([Buffer.from([0, 1, 2, 3]), randomBytes(random, 200)]) },
    { name: "broken.pdf", type: "application/pdf", bytes: Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(random, 300)]) },
    { name: "broken.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(random, 300)]) },
    { name: "latin1.txt", type: "text/plain", bytes: Buffer.from("Caf\xe9 \xff\xfe ", "latin1") },
    { name: "article.txt", type: "text/plain", bytes: Buffer.from(`Fuzz title\n\n${validArticle().text}`) },
    { name: "article.txt", type: "text/plain", bytes: Buffer.from(validArticle().text) },
    { name: "empty.txt", type: "text/plain", bytes: Buffer.alloc(0) },
  ][kind];
  const parts: Parameters<typeof multipart>[0] = [{ name: "publishedAt", value: date }, { name: "file", file }];
  if (kind === 5) parts.push({ name: "text", value: validArticle().text }); // text and a file at once
  if (random.chance(0.5)) parts.push({ name: random.pick(["title", "url", "outlet"]), value: random.pick(INJECTIONS) });
  return multipart(parts);
}

function malformedMultipart(random: Random): { body: Buffer; type: string } {
  const { body, type } = multipart([{ name: "publishedAt", value: "2021-05-05" }, { name: "text", value: "x" }]);
  switch (random.int(5)) {
    case 0: return { body, type: "multipart/form-data" }; // no boundary
    case 1: return { body, type: "multipart/form-data; boundary=something-else" };
    case 2: return { body: body.subarray(0, random.int(body.length)), type };
    case 3: return { body: randomBytes(random, 500), type };
    default: return { body: Buffer.from("--\r\n\r\n--"), type: 'multipart/form-data; boundary=""' };
  }
}

function articlePost(random: Random): FuzzRequest {
  const headers = { ...authHeaders() };
  const roll = random.int(10);
  if (roll < 4) return { label: "POST article: broken JSON article", method: "POST", path: "/api/articles", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(brokenArticle(random)), write: true };
  if (roll === 4) {
    const body = random.pick(["{", "{\"title\":", "null", "[]", "1", "\"text\"", "{\"a\":1}", "[".repeat(5000), "{\"title\": \"\\ud800\"}", "\u0000", ""]);
    return { label: "POST article: malformed JSON", method: "POST", path: "/api/articles", headers: { ...headers, "content-type": random.pick(["application/json", "application/json; charset=utf-8", "APPLICATION/JSON"]) }, body, write: true };
  }
  if (roll === 5) {
    const type = random.pick(["text/plain", "application/x-www-form-urlencoded", "application/xml", "text/html", "application/octet-stream", "", "multipart/mixed", "application/jsonp"]);
    const body = type === "application/x-www-form-urlencoded" ? new URLSearchParams(validArticle()).toString() : JSON.stringify(validArticle());
    return { label: "POST article: wrong content type", method: "POST", path: "/api/articles", headers: { ...headers, ...(type ? { "content-type": type } : {}) }, body, write: true };
  }
  if (roll < 8) {
    const { body, type } = brokenUpload(random);
    return { label: "POST article: refused file", method: "POST", path: "/api/articles", headers: { ...headers, "content-type": type }, body, write: true };
  }
  const { body, type } = malformedMultipart(random);
  return { label: "POST article: malformed multipart", method: "POST", path: "/api/articles", headers: { ...headers, "content-type": type }, body, write: true };
}

function generate(random: Random): FuzzRequest {
  const roll = random.next();
  if (roll < 0.2) return { label: "GET /api/events", method: "GET", path: `/api/events${query(random)}` };
  if (roll < 0.3) return { label: "GET /api/stats/meetings", method: "GET", path: `/api/stats/meetings${query(random)}` };
  if (roll < 0.37) return { label: "GET /api/events/{id}", method: "GET", path: `/api/events/${random.pick(BAD_IDS)}${random.chance(0.2) ? query(random) : ""}` };
  if (roll < 0.43) return { label: "GET /api/people", method: "GET", path: `/api/people${query(random)}` };
  if (roll < 0.5) return { label: "GET /export", method: "GET", path: `/export${query(random)}` };
  if (roll < 0.72) return articlePost(random);
  if (roll < 0.8) {
    const path = random.pick(["/api/events", "/api/events/1", "/api/stats/meetings", "/api/people", "/api/health", "/api/articles", "/export", "/api/nope"]);
    const method = random.pick(["PUT", "PATCH", "DELETE", "POST", "OPTIONS", "HEAD", "GET", "TRACE"]);
    const write = !["GET", "HEAD", "OPTIONS"].includes(method);
    return { label: `${method} on ${path}`, method, path: `${path}${query(random)}`, headers: { ...authHeaders(), "content-type": "application/json" }, body: write && method !== "TRACE" ? JSON.stringify(brokenArticle(random)) : undefined, write };
  }
  if (roll < 0.93) {
    const path = random.pick(["/", "/", "/review", "/people", `/events/${random.pick(BAD_IDS)}`, `/review/${random.pick(BAD_IDS)}`, `/people/${encode(random.pick(INJECTIONS))}`, "/upload"]);
    return { label: `GET page ${path.split("?")[0].split("/").slice(0, 2).join("/")}`, method: "GET", path: path.includes("?") ? path : `${path}${query(random)}` };
  }
  // A forged server-action call: an unknown action id and a hostile body, at the pages that own forms.
  const { body, type } = random.chance(0.5) ? brokenUpload(random) : { body: Buffer.from(JSON.stringify([random.pick(INJECTIONS)])), type: "text/plain;charset=UTF-8" };
  return {
    label: "POST forged server action",
    method: "POST",
    path: random.pick(["/upload", "/review", "/review/1", "/people/igor-morgulov"]),
    headers: { ...authHeaders(), "next-action": random.pick(["0".repeat(42), "x", randomBytes(random, 21).toString("hex"), "' OR 1=1 --"]), "content-type": type },
    body,
    write: true,
  };
}

/** Oversized bodies, a few of each kind (they are big, so not left to chance). */
function oversized(): FuzzRequest[] {
  const headers = authHeaders();
  const bigText = "Pyongyang. ".repeat(Math.ceil((2 * 1024 * 1024 + 10) / 11));
  const bigFile = Buffer.alloc(21 * 1024 * 1024 + 10, "a");
  const hugeJson = JSON.stringify({ ...validArticle(), text: "x".repeat(5 * 1024 * 1024) });
  return [
    { label: "POST article: text over 2 MB", method: "POST", path: "/api/articles", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ ...validArticle(), text: bigText }), write: true },
    { label: "POST article: JSON body over the cap", method: "POST", path: "/api/articles", headers: { ...headers, "content-type": "application/json" }, body: hugeJson, write: true },
    { label: "POST article: multipart over the cap", method: "POST", path: "/api/articles", headers: { ...headers, ...{ "content-type": multipart([]).type } }, body: multipart([{ name: "publishedAt", value: "2021-05-05" }, { name: "file", file: { name: "big.txt", type: "text/plain", bytes: bigFile } }]).body, write: true },
    { label: "POST article: file over 20 MB", method: "POST", path: "/api/articles", ...(() => { const m = multipart([{ name: "publishedAt", value: "2021-05-05" }, { name: "file", file: { name: "big.txt", type: "text/plain", bytes: bigFile.subarray(0, 20 * 1024 * 1024 + 10) } }]); return { headers: { ...headers, "content-type": m.type }, body: m.body }; })(), write: true },
  ];
}

// What must never reach a client: stack frames, file paths, driver and SQL error text.
const LEAKS: [string, RegExp][] = [
  ["stack frame", /\n\s+at [^\n]{1,200}:\d+:\d+/],
  ["node_modules path", /node_modules[\\/]/],
  ["server path", new RegExp(process.cwd().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))],
  ["SQL error", /syntax error at or near|invalid input syntax for|violates (unique|foreign key|check|not-null) constraint|duplicate key value|relation "[a-z_]+" does not exist|column "[a-z_]+" does not exist/i],
  ["driver error", /PrismaClient\w*Error|Invalid `prisma\.|DriverAdapterError|ECONNREFUSED/],
];

async function send(request: APIRequestContext, r: FuzzRequest): Promise<{ status: number; body: string; contentType: string } | { error: string }> {
  try {
    const response = await request.fetch(r.path, { method: r.method, headers: r.headers, data: r.body, maxRedirects: 0, timeout: 60_000, failOnStatusCode: false });
    return { status: response.status(), body: r.method === "HEAD" ? "" : await response.text(), contentType: response.headers()["content-type"] ?? "" };
  } catch (error) {
    return { error: (error as Error).message.split("\n")[0] };
  }
}

test("fuzz: 1,000+ malformed requests over every route and method, no 5xx, no leaks, no writes", async ({ request }) => {
  test.setTimeout(900_000);
  const databaseUrl = e2eDatabaseUrl();
  const before = await countRows(databaseUrl);

  const random = createRandom(SEED);
  const requests = [...oversized(), ...Array.from({ length: COUNT }, () => generate(random))];
  const serverErrors: string[] = [];
  const leaks: string[] = [];
  const acceptedWrites: string[] = [];
  const unclearErrors: string[] = [];
  const clientErrors: string[] = [];
  const statuses = new Map<number, number>();
  const byLabel = new Map<string, Map<number, number>>();

  // Four at a time: some concurrency, and the order of requests per lane stays reproducible.
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < requests.length) {
        const index = next++;
        const r = requests[index];
        const result = await send(request, r);
        const where = `#${index} ${r.label}: ${r.method} ${r.path.slice(0, 160)}`;
        if ("error" in result) {
          clientErrors.push(`${where} -> ${result.error}`);
          continue;
        }
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        const kind = byLabel.get(r.label) ?? byLabel.set(r.label, new Map()).get(r.label)!;
        kind.set(result.status, (kind.get(result.status) ?? 0) + 1);
        if (result.status >= 500) serverErrors.push(`${where} -> ${result.status} ${result.body.slice(0, 200)}`);
        for (const [name, pattern] of LEAKS) if (pattern.test(result.body)) leaks.push(`${where} -> ${name}: ${pattern.exec(result.body)?.[0].slice(0, 120)}`);
        if (r.write && result.status < 300 && r.method !== "OPTIONS") acceptedWrites.push(`${where} -> ${result.status} ${result.body.slice(0, 200)}`);
        // API errors are JSON a client can act on: a code and a message.
        if (r.path.startsWith("/api/") && result.status >= 400 && result.status !== 405 && !REFUSED_FOR_AUTH.includes(result.status) && r.method !== "HEAD") {
          try {
            const body = JSON.parse(result.body) as { error?: { code?: string; message?: string } };
            if (!body.error?.code || !body.error.message) unclearErrors.push(`${where} -> ${result.status} ${result.body.slice(0, 120)}`);
          } catch {
            unclearErrors.push(`${where} -> ${result.status} not JSON: ${result.body.slice(0, 120)}`);
          }
        }
      }
    }),
  );

  const after = await countRows(databaseUrl);
  const summary = { seed: SEED, tried: requests.length, answered: requests.length - clientErrors.length, serverErrors: serverErrors.length, statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)) };
  console.log(`fuzz: ${JSON.stringify(summary)}`);
  for (const [label, counts] of [...byLabel].sort()) console.log(`  ${label}: ${[...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(" ")}`);
  if (clientErrors.length) console.log(`requests the client itself could not send:\n${clientErrors.slice(0, 10).join("\n")}`);

  expect(requests.length).toBeGreaterThanOrEqual(1000);
  expect(serverErrors, "5xx responses").toEqual([]);
  expect(leaks, "internals in a response").toEqual([]);
  expect(acceptedWrites, "writes that were accepted").toEqual([]);
  expect(unclearErrors, "API errors without a JSON code and message").toEqual([]);
  expect(after, "row counts of every table").toEqual(before);
  expect(clientErrors.length, "requests never answered").toBeLessThan(requests.length * 0.01);
});
