import { expect, test, type Locator, type Page } from "@playwright/test";

// Runs against the demo data a fresh `dyad serve` loads (lib/demo/articles.json), never edited by the tests.

const eventsTable = (page: Page) => page.getByRole("table", { name: /Events matching the filters/ });
const filtersForm = (page: Page) => page.getByRole("search", { name: "Filter events" });

async function tableIds(page: Page): Promise<number[]> {
  const hrefs = await eventsTable(page).locator("tbody tr a[href^='/events/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => Number(href.split("/").pop()));
}

async function applyFilters(page: Page, param: RegExp) {
  await filtersForm(page).getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(param);
  await expect(eventsTable(page)).toBeVisible();
}

/** After a reload the same URL shows the same rows, and `check` finds the controls still showing the filter. */
async function expectReloadReproduces(page: Page, check: () => Promise<void>) {
  const url = page.url();
  const tbody = eventsTable(page).locator("tbody");
  const rows = await tbody.innerText();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(tbody).toBeVisible();
  expect(await tbody.innerText()).toBe(rows);
  await check();
}

async function columnTexts(page: Page, column: number): Promise<string[]> {
  return eventsTable(page).locator(`tbody tr td:nth-child(${column})`).allInnerTexts();
}

test.describe("filters live in the URL", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/?pageSize=200");
    await expect(eventsTable(page)).toBeVisible();
  });

  test("From and To", async ({ page }) => {
    await page.getByLabel("From", { exact: true }).fill("2024-01-01");
    await page.getByLabel("To", { exact: true }).fill("2024-12-31");
    await applyFilters(page, /from=2024-01-01&to=2024-12-31/);
    for (const date of await columnTexts(page, 1)) expect(date).toContain("2024");
    await expectReloadReproduces(page, async () => {
      await expect(page.getByLabel("From", { exact: true })).toHaveValue("2024-01-01");
      await expect(page.getByLabel("To", { exact: true })).toHaveValue("2024-12-31");
    });
  });

  test("Event type", async ({ page }) => {
    await page.getByRole("group", { name: "Event type" }).getByLabel("Ratification").check();
    await applyFilters(page, /type=ratification/);
    const types = await columnTexts(page, 2);
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).toBe("Ratification");
    await expectReloadReproduces(page, async () => {
      await expect(page.getByRole("group", { name: "Event type" }).getByLabel("Ratification")).toBeChecked();
    });
  });

  test("Country: a side of the pair", async ({ page }) => {
    await expect(page.getByLabel("Country").locator("option")).toHaveText(["Any country", "North Korea (KP)", "Russia (RU)"]);
    await page.getByLabel("Country").selectOption("RU");
    await applyFilters(page, /country=RU/);
    const people = await columnTexts(page, 4);
    expect(people.length).toBeGreaterThan(0);
    for (const cell of people) expect(cell).toContain("(RU)");
    await expectReloadReproduces(page, async () => expect(page.getByLabel("Country")).toHaveValue("RU"));
  });

  test("Level: an office held at the event's date", async ({ page }) => {
    const all = (await tableIds(page)).length;
    await page.getByRole("group", { name: "Level" }).getByLabel("Parliament").check();
    await applyFilters(page, /level=parliament/);
    const ids = await tableIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(all);
    await expect(eventsTable(page)).toContainText(/Volodin|Matviyenko/);
    await expectReloadReproduces(page, async () => {
      await expect(page.getByRole("group", { name: "Level" }).getByLabel("Parliament")).toBeChecked();
    });
  });

  test("Location", async ({ page }) => {
    await page.getByLabel("Location").fill("Moscow");
    await applyFilters(page, /location=Moscow/);
    const places = await columnTexts(page, 5);
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toContain("Moscow");
    await expectReloadReproduces(page, async () => expect(page.getByLabel("Location")).toHaveValue("Moscow"));
  });

  test("Status", async ({ page }) => {
    await page.getByLabel("Status").selectOption("draft");
    await applyFilters(page, /status=draft/);
    await expectReloadReproduces(page, async () => expect(page.getByLabel("Status")).toHaveValue("draft"));
  });

  test("Search, and back/forward", async ({ page }) => {
    await page.getByLabel("Search").fill("treaty");
    await applyFilters(page, /q=treaty/);
    const treaty = await tableIds(page);
    expect(treaty.length).toBeGreaterThan(0);
    await expectReloadReproduces(page, async () => expect(page.getByLabel("Search")).toHaveValue("treaty"));

    await page.getByLabel("Location").fill("Pyongyang");
    await applyFilters(page, /location=Pyongyang/);
    await page.goBack();
    await expect(page).not.toHaveURL(/location=/);
    await expect(page.getByLabel("Location")).toHaveValue("");
    await expect(page.getByLabel("Search")).toHaveValue("treaty");
    expect(await tableIds(page)).toEqual(treaty);
    await page.goForward();
    await expect(page.getByLabel("Location")).toHaveValue("Pyongyang");
  });

  test("Participant: the type-ahead finds a person by a variant spelling", async ({ page }) => {
    const combobox = page.getByRole("combobox", { name: "Participant" });
    await combobox.fill("Choi Son Hui");
    const option = page.getByRole("option", { name: /Choe Son Hui/ });
    await expect(option).toBeVisible();
    await expect(option).toContainText("Choi Son Hui"); // the alias it matched
    await combobox.press("ArrowDown");
    await combobox.press("Enter");
    await expect(page.getByRole("list", { name: "Selected participants" })).toContainText("Choe Son Hui");
    await applyFilters(page, /participant=choe-son-hui/);
    const people = await columnTexts(page, 4);
    expect(people.length).toBeGreaterThan(0);
    for (const cell of people) expect(cell).toContain("Choe Son Hui");
    await expectReloadReproduces(page, async () => {
      await expect(page.getByRole("list", { name: "Selected participants" })).toContainText("Choe Son Hui");
    });
  });
});

test("the table shows dates at their precision, flags disagreement, sorts and pages on the server", async ({ page }) => {
  await page.goto("/?sort=date&pageSize=25");
  const table = eventsTable(page);
  await expect(table.locator("tbody tr")).toHaveCount(25);
  // "16 Jan 2024", "Jan 2024", "2024", or a range of those ("12–15 Sep 2023").
  const dates = await table.locator("tbody time").allInnerTexts();
  for (const date of dates) expect(date).toMatch(/^((\d{1,2} )?([A-Z][a-z]{2} )?\d{4}|.+–.+)$/);
  expect(dates.some((d) => /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(d))).toBe(true);
  expect(dates.some((d) => /^[A-Z][a-z]{2} \d{4}$/.test(d))).toBe(true);

  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  const second = await tableIds(page);
  await page.goto("/?sort=date&pageSize=50");
  // (The rows arrive after the navigation settles: wait for the whole first page before reading it.)
  await expect(table.locator("tbody tr a[href^='/events/']")).toHaveCount(50);
  expect((await tableIds(page)).slice(25, 50)).toEqual(second);

  await page.goto("/?pageSize=200");
  await expect(table.getByText("Sources disagree").first()).toBeVisible();
  await table.getByRole("button", { name: /Sources/ }).click();
  await expect(page).toHaveURL(/sort=-sources/);
  await expect(table.getByRole("columnheader", { name: /Sources/ })).toHaveAttribute("aria-sort", "descending");
  const counts = (await columnTexts(page, 6)).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});

test("a chart bar click narrows the table to that period", async ({ page }) => {
  await page.goto("/?type=meeting&interval=year&pageSize=200");
  const chart = page.getByRole("figure", { name: "Meeting frequency" });
  await expect(chart.getByLabel("Interval")).toHaveValue("year");
  await expect(chart).toContainText(/Total: \d+ meetings/);
  const bar = chart.locator(".recharts-bar-rectangle path").first();
  await bar.click();
  await expect(page).toHaveURL(/from=(\d{4})-01-01&to=\1-12-31/);
  const year = /from=(\d{4})/.exec(page.url())![1];
  // The URL changes before the narrowed rows replace the loading state: wait for rows of that year only.
  await expect
    .poll(async () => {
      const shown = await columnTexts(page, 1);
      return shown.length > 0 && shown.every((date) => date.includes(year));
    })
    .toBe(true);
  const dates = await columnTexts(page, 1);
  // The chart's own count for that year is the number of rows.
  await chart.getByText("Show the data as a table").click();
  const row = chart.getByRole("row", { name: new RegExp(`^${year}`) });
  await expect(row.getByRole("cell").first()).toHaveText(String(dates.length));
});

test("the chart counts by interval, shows zeros and stacks by level", async ({ page }) => {
  await page.goto("/?from=2020-01-01&to=2022-12-31&interval=quarter");
  const chart = page.getByRole("figure", { name: "Meeting frequency" });
  await chart.getByText("Show the data as a table").click();
  await expect(chart.getByRole("row")).toHaveCount(1 + 12); // every quarter of three years, zeros included
  await expect(chart).toContainText("including those with none");

  await page.goto("/?interval=year");
  await chart.getByLabel("Stack by").selectOption("level");
  await expect(page).toHaveURL(/stack=level/);
  await expect(chart.getByRole("list", { name: "Levels" })).toContainText("Head of state or government");
  await expect(chart).toContainText("under the highest office any participant held on its date");
  await chart.getByText("Show the data as a table").click();
  await expect(chart.getByRole("columnheader", { name: "Minister", exact: true })).toBeVisible();
  // Each row's levels add up to its total.
  for (const row of await chart.locator("tbody tr").all()) {
    const [total, ...levels] = (await row.getByRole("cell").allInnerTexts()).map(Number);
    expect(levels.reduce((a, b) => a + b, 0)).toBe(total);
  }
  await page.reload();
  await expect(chart.getByLabel("Stack by")).toHaveValue("level");
});

test("the event page shows the date, participants, linked events, every source and the history", async ({ page, request }) => {
  await page.goto("/?sort=-sources");
  const link = eventsTable(page).locator("tbody tr a[href^='/events/']").first();
  const href = (await link.getAttribute("href"))!;
  const detail = (await (await request.get(`/api${href}`)).json()) as {
    title: string;
    sources: { title: string; evidence: string; url: string | null }[];
    parent: { title: string } | null;
    children: { title: string }[];
    participants: { name: string; role: string | null }[];
  };
  expect(detail.sources.length).toBeGreaterThan(1);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(detail.title);
  await expect(page.getByRole("heading", { name: `Sources (${detail.sources.length})` })).toBeVisible();
  const quotes = page.locator("blockquote");
  await expect(quotes).toHaveCount(detail.sources.length);
  for (const [i, source] of detail.sources.entries()) {
    await expect(quotes.nth(i)).toHaveText(source.evidence);
    if (source.url) await expect(page.getByRole("link", { name: source.title, exact: true }).first()).toHaveAttribute("href", source.url);
  }
  const facts = page.locator("dl.facts");
  for (const p of detail.participants) {
    await expect(facts.getByRole("link", { name: p.name, exact: true })).toBeVisible();
    if (p.role) await expect(facts).toContainText(p.role);
  }
  if (detail.parent) await expect(facts.locator("dt:has-text('Part of') + dd")).toContainText(detail.parent.title);
  for (const child of detail.children) await expect(facts.locator("dt:has-text('Includes') + dd")).toContainText(child.title);
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await expect(page.getByText(/demo-seed/).first()).toBeVisible();
});

test("linked events: a part links to the whole, and the whole lists its parts", async ({ page, request }) => {
  // Find an event that is part of another (a meeting during a visit, a ratification of an agreement).
  const list = (await (await request.get("/api/events?type=ratification,meeting&pageSize=200")).json()) as { events: { id: number }[] };
  let part: { id: number; title: string; parent: { id: number; title: string } | null } | null = null;
  for (const { id } of list.events) {
    const detail = (await (await request.get(`/api/events/${id}`)).json()) as { id: number; title: string; parent: { id: number; title: string } | null };
    if (detail.parent) {
      part = detail;
      break;
    }
  }
  expect(part, "the demo data has linked events").not.toBeNull();
  await page.goto(`/events/${part!.id}`);
  const partOf = page.locator("dl.facts dt:has-text('Part of') + dd");
  await expect(partOf).toContainText(part!.parent!.title);
  await partOf.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/events/${part!.parent!.id}$`));
  await expect(page.locator("dl.facts dt:has-text('Includes') + dd").getByRole("link", { name: part!.title, exact: true })).toBeVisible();
});

test("a date the sources disagree on shows each source's own date", async ({ page }) => {
  await page.goto("/?pageSize=200");
  const row = eventsTable(page).locator("tbody tr", { hasText: "Sources disagree" }).first();
  await row.locator("a[href^='/events/']").first().click();
  const date = page.locator("dl.facts dt:has-text('Date') + dd");
  await expect(date).toContainText("Sources disagree");
  expect(await date.locator("li").count()).toBeGreaterThan(1);
});

async function exportText(page: Page, name: string): Promise<string> {
  const href = await page.getByRole("link", { name }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.ok()).toBe(true);
  return response.text();
}

test("CSV, JSON and iCalendar exports list exactly the events of the table", async ({ page }) => {
  for (const query of ["type=meeting&from=2023-01-01", "level=minister&sort=date", "q=Pyongyang&sort=-sources", ""]) {
    await page.goto(`/?${query}&pageSize=200`);
    await expect(eventsTable(page)).toBeVisible();
    const ids = await tableIds(page);
    expect(ids.length).toBeGreaterThan(0);

    const csv = (await exportText(page, "Export CSV")).split("\r\n").filter(Boolean);
    expect(csv[0]).toMatch(/^# Dyad export; exported at \S+Z; filters: /);
    expect(csv[1]).toMatch(/^id,status,type,title/);
    expect(csv.slice(2).map((line) => Number(line.split(",")[0]))).toEqual(ids);

    const json = JSON.parse(await exportText(page, "Export JSON")) as { exportedAt: string; filters: object; events: { id: number }[] };
    expect(json.events.map((e) => e.id)).toEqual(ids);
    expect(Date.parse(json.exportedAt)).not.toBeNaN();

    const ics = await exportText(page, "Export iCalendar");
    expect(ics.match(/BEGIN:VEVENT/g) ?? []).toHaveLength(ids.length);
  }
});

test("Copy link copies the permalink of the current view", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?type=meeting&level=head&interval=quarter&view=timeline");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const params = new URL(copied).searchParams;
  expect(Object.fromEntries(params)).toEqual({ type: "meeting", level: "head", interval: "quarter", view: "timeline" });
  await page.goto(copied);
  await expect(page.getByRole("region", { name: "Timeline of events" })).toBeVisible();
});

test("a visit's meetings can be folded into it, and unfolded again, with the choice in the URL", async ({ page }) => {
  await page.goto("/?pageSize=500");
  // (Count the rows once they have replaced the loading skeleton.)
  await expect(eventsTable(page).locator("tbody tr").first()).toBeVisible();
  const rowsBefore = await eventsTable(page).locator("tbody tr").count();
  await page.getByRole("link", { name: "Fold meetings into visits" }).click();
  await expect(page).toHaveURL(/fold=1/);
  const parts = eventsTable(page).locator("details").first();
  await parts.getByText(/^Includes \d+ events?$/).click();
  const part = parts.getByRole("link").first();
  const href = (await part.getAttribute("href"))!;
  // The meeting is inside its visit's row, not a row of its own.
  const rows = eventsTable(page).locator("tbody tr");
  await expect(rows).not.toHaveCount(rowsBefore);
  const rowsLinkingIt = rows.filter({ has: page.locator(`a[href="${href}"]`) });
  await expect(rowsLinkingIt).toHaveCount(1);
  await expect(rowsLinkingIt.locator("a").first()).not.toHaveAttribute("href", href);

  await page.reload();
  await expect(eventsTable(page).locator("details").first()).toBeVisible();
  await page.getByRole("link", { name: "Show meetings as rows" }).click();
  await expect(page).not.toHaveURL(/fold=1/);
  await expect(eventsTable(page).locator("tbody tr")).toHaveCount(rowsBefore);
  await expect(eventsTable(page).locator("tbody tr").filter({ has: page.locator(`a[href="${href}"]`) }).locator("a").first()).toHaveAttribute("href", href);
});

test.describe("the visual timeline", () => {
  async function timelineLinks(region: Locator) {
    return region.locator("a[href^='/events/']");
  }

  test("Table / Timeline is in the URL; months, lanes, and only what is in sight", async ({ page, request }) => {
    const oldest = ((await (await request.get("/api/events?sort=date&pageSize=1")).json()) as { events: { date: string }[] }).events[0];
    const eventRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/events?")) eventRequests.push(r.url());
    });
    await page.goto("/");
    const total = Number(/(\d+) events/.exec(await page.getByText(/^\d+ events$/).first().innerText())![1]);
    await page.getByRole("group", { name: "View" }).getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(/view=timeline/);
    await expect(page.getByRole("group", { name: "View" }).getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "true");
    const region = page.getByRole("region", { name: "Timeline of events" });
    await expect(region).toBeVisible();
    await expect(region.getByRole("heading", { level: 3 }).first()).toBeVisible();
    await expect(region.getByRole("heading", { level: 4 }).first()).toContainText(/[A-Z][a-z]{2} \d{4}/);

    // Windowed: fewer event links in the page than events, and the oldest year appears once scrolled to.
    const rendered = await (await timelineLinks(region)).count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(total);
    const years = await page.evaluate(async () => {
      const el = document.querySelector<HTMLElement>("[data-testid=timeline-scroller]")!;
      el.scrollTop = el.scrollHeight;
      await new Promise((r) => setTimeout(r, 500));
      return [...el.querySelectorAll("h3")].map((h) => h.textContent);
    });
    expect(years[years.length - 1]).toBe(oldest.date.slice(0, 4));
    await expect((await timelineLinks(region)).last()).toBeVisible();
    // Every request asks for a bounded page of events.
    for (const url of eventRequests) expect(Number(new URL(url).searchParams.get("pageSize"))).toBeLessThanOrEqual(200);

    await page.reload();
    await expect(page.getByRole("region", { name: "Timeline of events" })).toBeVisible();
    await page.goBack();
    await expect(page).not.toHaveURL(/view=timeline/);
    await expect(eventsTable(page)).toBeVisible();
  });

  test("filters apply to the timeline too", async ({ page }) => {
    await page.goto("/?view=timeline&type=agreement");
    const region = page.getByRole("region", { name: "Timeline of events" });
    await expect(region).toBeVisible();
    const links = region.locator("a[href^='/events/']");
    await expect(links.first()).toBeVisible();
    const count = await links.count();
    await page.goto("/?type=agreement&pageSize=200");
    await expect(eventsTable(page).locator("tbody tr").first()).toBeVisible();
    expect((await tableIds(page)).length).toBe(count);
  });
});
