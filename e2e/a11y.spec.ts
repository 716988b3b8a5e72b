import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function firstEventPath(page: Page): Promise<string> {
  const response = await page.request.get("/api/events?sort=-sources&pageSize=1");
  const body = (await response.json()) as { events: { id: number }[] };
  return `/events/${body.events[0].id}`;
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
}

const PAGES = ["/", "/?view=timeline&stack=level&interval=quarter", "/?q=no-such-event-anywhere", "/upload"];

test.describe("no serious or critical axe violations", () => {
  for (const path of PAGES) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: "Loading events" })).toHaveCount(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("/events/{id}", async ({ page }) => {
    await page.goto(await firstEventPath(page));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("/ with the chart's data table and a suggestion list open", async ({ page }) => {
    await page.goto("/?stack=level");
    await page.getByText("Show the data as a table").click();
    await page.getByRole("combobox", { name: "Participant" }).fill("Lavrov");
    await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test("every filter control has a plain accessible name", async ({ page }) => {
  await page.goto("/");
  for (const name of ["From", "To", "Country", "Location", "Status", "Search"]) {
    await expect(page.getByLabel(name, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("group", { name: "Event type" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Level" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Participant" })).toBeVisible();
  const chart = page.getByRole("figure", { name: "Meeting frequency" });
  await expect(chart.getByLabel("Interval")).toBeVisible();
  await expect(chart.getByLabel("Stack by")).toBeVisible();
  for (const name of ["Export CSV", "Export JSON", "Export iCalendar"]) await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
});

test("keyboard: every stop shows a visible focus indicator, and the filters work without a mouse", async ({ page }) => {
  await page.goto("/");
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        label: `${el.tagName} ${el.id || el.getAttribute("aria-label") || el.textContent?.trim().slice(0, 30) || ""}`,
        visible: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none",
        onScreen: rect.width > 0 && rect.height > 0,
      };
    });
    if (!focus) continue;
    seen.add(focus.label);
    expect(focus, `focus on ${focus.label}`).toMatchObject({ visible: true, onScreen: true });
  }
  expect(seen.size).toBeGreaterThan(15);

  // Type a filter, submit with Enter, and land on the filtered URL.
  await page.getByLabel("Search", { exact: true }).focus();
  await page.keyboard.type("treaty");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=treaty/);
});

test("the timeline region can be scrolled from the keyboard", async ({ page }) => {
  await page.goto("/?view=timeline");
  const region = page.getByRole("region", { name: "Timeline of events" });
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press("PageDown");
  await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
});

test.describe("390 px wide", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ["/", "/?view=timeline", "/?stack=level", "/upload"]) {
    test(`no horizontal page scroll on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: "Loading events" })).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test("no horizontal page scroll on an event page", async ({ page }) => {
    await page.goto(await firstEventPath(page));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("print: the table and what it shows, without the controls", async ({ page }) => {
  await page.goto("/?type=meeting");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("table", { name: /Events matching the filters/ })).toBeVisible();
  await expect(page.getByRole("search", { name: "Filter events" })).toBeHidden();
  await expect(page.getByRole("figure", { name: "Meeting frequency" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Export CSV" })).toBeHidden();
  await expect(page.getByText("Filters: status=published; type=meeting")).toBeVisible();
});
