import { expect, test } from "@playwright/test";

// An article written for this test: a meeting in 2022, a year the demo data has no meetings in.
const article = {
  title: "Rudenko receives the North Korean ambassador",
  publishedAt: "2022-03-16",
  text:
    "MOSCOW, March 16 - Russian Deputy Foreign Minister Andrei Rudenko met North Korean Ambassador Sin Hong Chol in Moscow on March 15, 2022, " +
    "the Russian foreign ministry said in a short statement. The two discussed the situation on the Korean Peninsula.",
};

const YEAR = "/?from=2022-01-01&to=2022-12-31";

test("an uploaded article's events appear on the timeline and in the meeting chart", async ({ page }) => {
  await page.goto(YEAR);
  const chart = page.getByRole("figure", { name: "Meeting frequency" });
  await expect(chart).toContainText("Total: 0 meetings");

  await page.goto("/upload");
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Publication date").fill(article.publishedAt);
  await page.getByLabel("Article text").fill(article.text);
  await page.getByRole("button", { name: "Extract events" }).click();

  const result = page.getByRole("region", { name: /added/i });
  await expect(result).toContainText("Sin Hong Chol");
  await expect(result).toContainText("Andrei Rudenko");
  await page.getByRole("button", { name: /Publish \d+ events?/ }).click();
  await expect(page.getByText(/Published 1 events?/)).toBeVisible();

  await page.goto(YEAR);
  await expect(page.getByRole("figure", { name: "Meeting frequency" })).toContainText("Total: 1 meeting");
  const row = page.getByRole("table", { name: /Events matching the filters/ }).getByRole("row", { name: /Sin Hong Chol/ });
  await expect(row).toContainText("15 Mar 2022");
  await expect(row).toContainText("Moscow");

  await row.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Rudenko|Sin Hong Chol/);
  await expect(page.locator("blockquote")).toContainText("met North Korean Ambassador Sin Hong Chol in Moscow");
});

test("the filters live in the URL: a reload shows the same view", async ({ page }) => {
  await page.goto("/?type=meeting&participant=kim-jong-un&from=2023-01-01&to=2023-12-31");
  const events = page.getByRole("table", { name: /Events matching the filters/ });
  const rows = events.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const first = await events.locator("tbody").innerText();
  await page.reload();
  await expect(rows.first()).toBeVisible();
  expect(await events.locator("tbody").innerText()).toBe(first);
  await expect(page.getByLabel("From")).toHaveValue("2023-01-01");
  for (const text of await rows.allInnerTexts()) expect(text).toContain("Kim Jong Un");
});
