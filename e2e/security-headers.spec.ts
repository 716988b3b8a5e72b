import { expect, test } from "@playwright/test";
import { watchForScripts } from "./support/watch";

/*
 * Every page is served with a nonce-based Content-Security-Policy (proxy.ts) and still works in Chromium: its
 * scripts run (the page reacts), and the console reports no CSP violation (the charts' inline style attributes
 * are allowed; nothing else inline is).
 */

const PAGES = [
  "/",
  "/?view=timeline",
  "/?stack=level&interval=quarter",
  "/?from=not-a-date",
  "/events/1",
  "/events/999999999",
  "/review",
  "/review/1",
  "/people",
  "/people/igor-morgulov",
  "/upload",
  "/no-such-page",
];

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
}

test.describe("security headers", () => {
  for (const path of PAGES) {
    test(`${path}: strict CSP with a fresh nonce, no violations`, async ({ page }) => {
      const watch = watchForScripts(page);
      const response = await page.goto(path);
      expect(response).not.toBeNull();
      const headers = response!.headers();
      const policy = directives(headers["content-security-policy"] ?? "");
      const scriptSrc = policy.get("script-src") ?? [];
      expect(scriptSrc).toContain("'strict-dynamic'");
      expect(scriptSrc.some((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s))).toBe(true);
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
      expect(policy.get("form-action")).toEqual(["'self'"]);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"]).toBe("DENY");

      // Every script the server sent carries this response's nonce, and so does every inline script in the page;
      // the next response has another. (Chunks Next's loader adds later have none: 'strict-dynamic' trusts them
      // because a nonced script added them, and the watch below would see anything the policy blocked.)
      const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))!.slice(7, -1);
      const html = await response!.text();
      const sent = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => /\snonce="([^"]*)"/.exec(m[0])?.[1] ?? "");
      expect(sent.length).toBeGreaterThan(0);
      expect(new Set(sent)).toEqual(new Set([nonce]));
      const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src])")].map((s) => (s as HTMLScriptElement).nonce));
      expect(inline.length).toBeGreaterThan(0);
      expect(new Set(inline)).toEqual(new Set([nonce]));
      const again = await page.request.get(path);
      expect(again.headers()["content-security-policy"]).not.toContain(nonce);

      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await page.waitForLoadState("networkidle");
      await watch.expectClean(path);
    });
  }

  test("scripts run under the policy: the filter form navigates on the client", async ({ page }) => {
    const watch = watchForScripts(page);
    await page.goto("/");
    await page.getByLabel("Search").fill("Vostochny");
    await page.getByLabel("Search").press("Enter");
    // Only the client-side handler writes this exact URL (a native GET submit would add every empty field).
    await expect(page).toHaveURL(/\/\?q=Vostochny$/);
    await expect(page.getByRole("table", { name: /Events matching the filters/ })).toContainText("Vostochny");
    await watch.expectClean("after a client-side navigation");
  });

  test("the API and the exports are never pages: a policy that allows nothing", async ({ request }) => {
    for (const path of ["/api/events", "/api/health", "/api/events/1", "/api/people?q=kim", "/api/stats/meetings", "/api/events?from=bad"]) {
      const response = await request.get(path);
      expect(response.headers()["content-security-policy"], path).toContain("default-src 'none'");
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(response.headers()["content-type"], path).toMatch(/^application\/json/);
    }
    const exported = await request.get("/export?format=csv");
    expect(exported.headers()["content-security-policy"]).toContain("sandbox");
  });
});
