import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

/*
 * Articles written for this test, in our own words, about real 2019 DPRK–Russia diplomacy that the demo does not
 * cover: Vice Foreign Minister Im Chon Il's talks with Deputy Foreign Minister Igor Morgulov in Moscow on
 * 24 June 2019, and Morgulov's trip to Pyongyang in August 2019, where he met First Vice Foreign Minister Choe
 * Son Hui and Vice Foreign Minister Ri Thae Song on 16 August. Plus one off-topic report (Xi Jinping in
 * Pyongyang, June 2019) that an editor rejects.
 */
interface Article {
  title: string;
  publishedAt: string;
  text: string;
}

const imMorgulov: Article = {
  title: "Im Chon Il holds talks with Morgulov",
  publishedAt: "2019-06-26",
  text:
    "PYONGYANG, June 26 - North Korean Vice Foreign Minister Im Chon Il held talks with Russian Deputy Foreign Minister Igor Morgulov this month, " +
    "the state news agency said on Wednesday. The two vice ministers talked about more exchanges at every level, including visits by leaders, " +
    "and about closer ties in trade and culture.",
};
const morgulovTalks: Article = {
  title: "Morgulov holds talks in Pyongyang",
  publishedAt: "2019-08-16",
  text:
    "MOSCOW, August 16 - Deputy Foreign Minister Igor Morgulov, who is visiting Pyongyang, held talks with North Korea's first vice foreign minister " +
    "on Friday, the Russian foreign ministry said. The two reviewed the situation on the Korean Peninsula and agreed to keep working together on a political settlement.",
};
const choeReceives: Article = {
  title: "Choe Son Hui receives Russian delegation",
  publishedAt: "2019-08-17",
  text:
    "PYONGYANG, August 17 - First Vice Foreign Minister Choe Son Hui met the visiting Russian deputy foreign minister and his delegation on Friday, " +
    "the official news agency said. They exchanged views on strategic communication between the two countries.",
};
const riThaeSong: Article = {
  title: "Morgulov also met Ri Thae Song",
  publishedAt: "2019-08-17",
  text: "Igor Morgulov also held talks with North Korean Vice Foreign Minister Ri Thae Song in Pyongyang on August 16, the Russian foreign ministry said.",
};
const xiVisit: Article = {
  title: "Xi Jinping ends Pyongyang visit",
  publishedAt: "2019-06-21",
  text:
    "BEIJING, June 21 - Chinese President Xi Jinping held talks with Kim Jong Un in Pyongyang on June 20, the first visit to North Korea by a " +
    "Chinese leader in fourteen years, state media said.",
};

/** Uploads an article and returns the events the upload lists (id and title), as the editor sees them. */
async function uploadArticle(page: Page, article: Article): Promise<{ id: number; title: string }[]> {
  await page.goto("/upload");
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Publication date").fill(article.publishedAt);
  await page.getByLabel("Article text").fill(article.text);
  await page.getByRole("button", { name: "Extract events" }).click();
  const result = page.getByRole("region", { name: "Added" });
  const links = result.getByRole("table").getByRole("link");
  await expect(links.first()).toBeVisible();
  const events: { id: number; title: string }[] = [];
  for (const link of await links.all()) {
    events.push({ id: Number((await link.getAttribute("href"))?.split("/").pop()), title: (await link.innerText()).trim() });
  }
  return events;
}

/** A draft's card in the review queue, by its number. */
function card(page: Page, id: number): Locator {
  return page.getByRole("article").filter({ hasText: new RegExp(`Event #${id}(?!\\d)`) });
}

/** The talks an article reports, not the visit that talks abroad imply. */
const talksOf = (events: { id: number; title: string }[]) => events.find((e) => !/ visits /.test(e.title)) ?? events[0];
const notice = (page: Page) => page.getByRole("status").filter({ hasText: /\S/ });

test("an editor reviews drafts: edit and accept, merge, split a wrong merge, reject, and the audit trail shows it", async ({ page }) => {
  test.setTimeout(240_000);

  const im = talksOf(await uploadArticle(page, imMorgulov));
  const talks = talksOf(await uploadArticle(page, morgulovTalks));
  const choe = talksOf(await uploadArticle(page, choeReceives));
  const xi = (await uploadArticle(page, xiVisit)).find((e) => /Kim Jong Un/.test(e.title));
  expect(xi, "the Xi–Kim talks are extracted").toBeDefined();
  expect(new Set([im.id, talks.id, choe.id, xi!.id]).size).toBe(4);

  await test.step("the queue shows each draft with its evidence marked inside the article", async () => {
    await page.goto("/review");
    await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
    const imCard = card(page, im.id);
    await expect(imCard.locator("mark")).toContainText("held talks with Russian Deputy Foreign Minister Igor Morgulov this month");
    await expect(imCard).toContainText("The two vice ministers talked about more exchanges");
    await expect(imCard).toContainText("1 source");
    await expect(imCard).toContainText("Confidence");
  });

  await test.step("edit the location and the date precision, save, then accept", async () => {
    await card(page, im.id).getByRole("link", { name: /^Edit/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Edit event #${im.id}` })).toBeVisible();
    await expect(page.getByLabel("Date precision")).toHaveValue("month");
    await page.getByLabel("Location").fill("Moscow");
    await page.getByLabel("Date", { exact: true }).fill("2019-06-24");
    await page.getByLabel("Date precision").selectOption("day");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(notice(page)).toContainText("Saved.");
    await expect(page.getByLabel("Location")).toHaveValue("Moscow");
    await expect(page.locator(".page-header")).toContainText("24 Jun 2019");

    await page.goto("/review");
    const imCard = card(page, im.id);
    await expect(imCard).toContainText("Moscow");
    await expect(imCard).toContainText("(day)");
    await imCard.getByRole("button", { name: /^Accept/ }).click();
    await expect(notice(page)).toContainText(`Published event #${im.id}.`);
    await expect(card(page, im.id)).toHaveCount(0);
  });

  await test.step("merge two drafts of the same meeting", async () => {
    const choeCard = card(page, choe.id);
    await choeCard.getByLabel("Merge into event").fill(String(talks.id));
    await choeCard.getByRole("button", { name: /^Merge/ }).click();
    await expect(notice(page)).toContainText(`Merged event #${choe.id} into #${talks.id}`);
    await expect(card(page, choe.id)).toHaveCount(0);
    const merged = card(page, talks.id);
    await expect(merged).toContainText("2 sources");
    await expect(merged).toContainText("Choe Son Hui");
    await expect(merged).toContainText("Igor Morgulov");
  });

  await test.step("split a wrong merge back out", async () => {
    const ri = talksOf(await uploadArticle(page, riThaeSong));
    expect(ri.id).not.toBe(talks.id);
    await page.goto("/review");
    // The wrong merge: Morgulov's talks with Ri Thae Song were another meeting that day.
    await card(page, ri.id).getByLabel("Merge into event").fill(String(talks.id));
    await card(page, ri.id).getByRole("button", { name: /^Merge/ }).click();
    await expect(card(page, talks.id)).toContainText("3 sources");

    await card(page, talks.id).getByRole("link", { name: /^Edit/ }).click();
    await expect(page.getByRole("heading", { name: "Sources (3)" })).toBeVisible();
    await page.getByRole("checkbox", { name: /Morgulov also met Ri Thae Song/ }).check();
    await page.getByRole("button", { name: "Move the chosen sources to a new event" }).click();
    await expect(notice(page)).toContainText("Moved 1 source to new event #");
    const newId = Number(/new event #(\d+)/.exec(await notice(page).innerText())?.[1]);
    await expect(page.getByRole("heading", { name: "Sources (2)" })).toBeVisible();
    // The people named only in the moved report leave with it; the others stay.
    const kept = page.getByRole("list", { name: "Selected participants" });
    await expect(kept).toContainText("Choe Son Hui");
    await expect(kept).toContainText("Igor Morgulov");
    await expect(kept).not.toContainText("Ri Thae Song");

    await page.goto(`/review/${newId}`);
    await expect(page.getByRole("heading", { name: "Sources (1)" })).toBeVisible();
    await expect(page.locator("mark").first()).toContainText("Ri Thae Song");
    await expect(page.getByRole("list", { name: "Selected participants" })).toContainText("Ri Thae Song");
  });

  await test.step("reject an off-topic draft", async () => {
    await page.goto("/review");
    await card(page, xi!.id).getByRole("button", { name: /^Reject/ }).click();
    await expect(notice(page)).toContainText(`Rejected event #${xi!.id}.`);
    await expect(card(page, xi!.id)).toHaveCount(0);
  });

  await test.step("the event pages show the audit trail", async () => {
    await page.goto(`/events/${im.id}`);
    const facts = page.getByRole("region", { name: "Facts" });
    await expect(facts).toContainText("24 Jun 2019");
    await expect(facts).toContainText(/precision: day|exact day/);
    await expect(facts).toContainText("Moscow");
    await expect(facts).toContainText("Published");
    const imHistory = page.getByRole("region", { name: "History" });
    await expect(imHistory).toContainText("editor@dyad.local: event.edit");
    await expect(imHistory).toContainText("editor@dyad.local: event.publish");

    await page.goto(`/events/${talks.id}`);
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("event.merge");
    await expect(history).toContainText("event.split");
    await history.getByText("Details").last().click();
    await expect(history.locator("pre").last()).toContainText('"splitInto"');

    await page.goto(`/events/${choe.id}`);
    await expect(page.getByRole("region", { name: "History" })).toContainText("event.merge-into");
    await expect(page.getByRole("region", { name: "Facts" })).toContainText("Rejected");
  });
});

test("an editor corrects a person: adds an alias and fixes an office, and the History records it", async ({ page }) => {
  await page.goto("/people?q=Morgulov");
  await page.getByRole("table").getByRole("link", { name: "Igor Morgulov" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Igor Morgulov" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Offices over time" })).toContainText("Deputy Minister of Foreign Affairs");

  await page.getByLabel("New alias").fill("I. V. Morgulov");
  await page.getByRole("button", { name: "Add alias" }).click();
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toContainText("Added the alias");
  await expect(page.getByRole("region", { name: "Aliases" })).toContainText("I. V. Morgulov");

  const offices = page.getByRole("region", { name: "Offices over time" });
  await offices.getByText(/^Correct/).first().click();
  const form = offices.getByRole("form").first();
  await form.getByLabel("From").fill("2011-12");
  await form.getByRole("button", { name: "Save office" }).click();
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toContainText("Saved the office");
  await expect(offices).toContainText("2011-12");
  await expect(page.getByRole("region", { name: "History" })).toContainText("person.office-update");
});

test("the review desk and the people pages pass an accessibility scan and fit a 390 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Event #1 is a demo event: the editor works on published events too.
  for (const path of ["/review", "/review/1", "/people", "/people/igor-morgulov"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(scan.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});
