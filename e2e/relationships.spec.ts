import { expect, test } from "@playwright/test";

// An article written for this test, in our own words: a North Korea–China meeting, which the demo (DPRK–Russia)
// does not have. It is sent without a pair: its participants' countries put it into North Korea–China.
const article = {
  title: "Kim receives the Chinese premier in Pyongyang",
  publishedAt: "2025-10-11",
  url: "https://example.org/e2e/pairs-1",
  text:
    "PYONGYANG, Oct. 11 -- North Korean leader Kim Jong Un received Chinese Premier Li Qiang in Pyongyang on October 10, state media said. " +
    "The two sides discussed trade across the border.",
};

test("the Relationship selector switches the dashboard to another country pair, and a reload keeps it", async ({ page, request }) => {
  const response = await request.post("/api/articles", { data: article });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { events: { title: string; pair: string }[] };
  expect(body.events.length).toBeGreaterThan(0);
  expect(body.events.every((e) => e.pair === "kp-cn")).toBe(true);

  // Drafts and published events, so the new (draft) event is listed.
  await page.goto("/?status=all&pageSize=200");
  const table = page.getByRole("table", { name: /Events matching the filters/ });
  const selector = page.getByLabel("Relationship", { exact: true });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("North Korea–Russia timeline");
  await expect(selector).toHaveValue("kp-ru");
  await expect(table).toContainText("Vladimir Putin");
  await expect(table).not.toContainText("Li Qiang");

  await selector.selectOption({ label: "North Korea–China" });
  await expect(page).toHaveURL(/pair=kp-cn/);
  await expect(page).toHaveURL(/status=all/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("North Korea–China timeline");
  await expect(table.locator("tbody tr")).toHaveCount(body.events.length);
  await expect(table).toContainText("Li Qiang");
  await expect(table).not.toContainText("Vladimir Putin");
  // The country filter offers the pair's two sides.
  await expect(page.getByLabel("Country").locator("option")).toHaveText(["Any country", "North Korea (KP)", "China (CN)"]);

  const rows = await table.locator("tbody").innerText();
  await page.reload();
  await expect(page.getByLabel("Relationship", { exact: true })).toHaveValue("kp-cn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("North Korea–China timeline");
  expect(await table.locator("tbody").innerText()).toBe(rows);
  await expect(page).toHaveTitle(/North Korea–China timeline/);

  // The export of this view has this pair's events only.
  const exported = await request.get("/export?pair=kp-cn&status=all&format=json");
  const file = (await exported.json()) as { filters: { pair: string }; events: { title: string }[] };
  expect(file.filters.pair).toBe("kp-cn");
  expect(file.events.map((e) => e.title).sort()).toEqual(body.events.map((e) => e.title).sort());

  // Back to the default pair: the DPRK–Russia events again, without the new one.
  await page.getByLabel("Relationship", { exact: true }).selectOption("kp-ru");
  await expect(page).toHaveURL(/pair=kp-ru/);
  await expect(table).toContainText("Vladimir Putin");
  await expect(table).not.toContainText("Li Qiang");
});
