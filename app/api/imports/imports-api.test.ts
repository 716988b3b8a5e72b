/** POST /api/imports and GET /api/imports/{id}: the bulk-import contract, calling the route handlers on a real database. */
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-db";
import { createTestToken, requestWithToken } from "@/lib/test-support/auth";

let t: TestDatabase;
let authed: (url: string, init?: RequestInit) => Request;
let routes: { imports: typeof import("./route"); batch: typeof import("./[id]/route") };

const article = { title: "Shoigu in Pyongyang", publishedAt: "2023-07-27", text: "Sergei Shoigu met Kim Jong Un in Pyongyang on July 26." };
const form = (files: { name: string; content: string | Uint8Array }[], fields: Record<string, string> = {}) => {
  const data = new FormData();
  for (const f of files) data.append("files", new File([Buffer.from(typeof f.content === "string" ? strToU8(f.content) : f.content)], f.name));
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return authed("http://localhost/api/imports", { method: "POST", body: data });
};
const byId = (id: string) => routes.batch.GET(authed(`http://localhost/api/imports/${id}`), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  authed = requestWithToken(await createTestToken(t.db));
  routes = { imports: await import("./route"), batch: await import("./[id]/route") };
});
afterAll(async () => {
  const { getImportQueue, closeImportQueue } = await import("@/lib/imports/queue");
  await closeImportQueue(await getImportQueue());
  const { getDb } = await import("@/lib/db/client");
  await getDb().$disconnect();
  await t?.drop();
});

describe("bulk import API", () => {
  it("POST takes files and archives (201) and GET reports the batch, queued until a worker runs", async () => {
    const zip = zipSync({ "a.txt": strToU8("Talks\n\nLavrov met Choe in Moscow on January 16."), "b.md": strToU8("# Call\n\nPutin called Kim.") });
    const response = await routes.imports.POST(form([{ name: "wire.zip", content: zip }, { name: "feed.jsonl", content: `${JSON.stringify(article)}\nnot json\n` }], { publishedAt: "2024-01-17" }));
    expect(response.status).toBe(201);
    const batch = await response.json();
    expect(batch).toMatchObject({ state: "queued", total: 4, done: 0, failed: 1, source: "upload", createdBy: expect.stringMatching(/^editor-.*@test\.example$/), sourceNames: ["wire.zip", "feed.jsonl"] });
    expect(response.headers.get("location")).toBe(`/api/imports/${batch.id}`);

    const detail = await (await byId(String(batch.id))).json();
    expect(detail.failures).toEqual([{ label: "feed.jsonl:2", reason: "invalid JSON" }]);
    const list = await (await routes.imports.GET(authed("http://localhost/api/imports?limit=5"))).json();
    expect(list.imports.map((b: { id: number }) => b.id)).toContain(batch.id);
  });

  it("POST takes JSON articles from machines", async () => {
    const response = await routes.imports.POST(authed("http://localhost/api/imports", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ articles: [article, { ...article, title: "Second" }] }) }));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ source: "api", total: 2 });
  });

  it("answers bad input with clear errors, never a 500", async () => {
    const noFiles = await routes.imports.POST(form([], { publishedAt: "2024-01-17" }));
    expect(noFiles.status).toBe(400);
    expect((await noFiles.json()).error.details.files).toBeDefined();
    const noDate = await routes.imports.POST(form([{ name: "a.txt", content: "Text" }]));
    expect(noDate.status).toBe(400);
    expect((await noDate.json()).error.details.publishedAt[0]).toContain("Publication date is required for documents");
    const badDate = await routes.imports.POST(form([{ name: "a.txt", content: "Text" }], { publishedAt: "2024-02-30" }));
    expect(badDate.status).toBe(400);
    const empty = await routes.imports.POST(authed("http://localhost/api/imports", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ articles: [] }) }));
    expect(empty.status).toBe(400);
    const text = await routes.imports.POST(authed("http://localhost/api/imports", { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" }));
    expect(text.status).toBe(415);
    const huge = await routes.imports.POST(authed("http://localhost/api/imports", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(300 * 1024 * 1024) }, body: "x" }));
    expect(huge.status).toBe(413);
    expect((await byId("abc")).status).toBe(400);
    expect((await byId("999")).status).toBe(404);
    expect((await routes.imports.GET(authed("http://localhost/api/imports?limit=0"))).status).toBe(400);
  });
});
