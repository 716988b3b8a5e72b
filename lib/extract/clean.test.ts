import { describe, it, expect } from "vitest";
import { cleanArticleText, convertHtmlToText, decodeEntities, isFurniture } from "./clean";

describe("decodeEntities", () => {
  it("decodes named and numeric entities", () => {
    expect(decodeEntities("Kim&nbsp;Jong&#8209;un &amp; Putin&#x2019;s &ldquo;talks&rdquo;")).toBe("Kim Jong‑un & Putin’s “talks”");
  });
  it("leaves unknown names alone", () => {
    expect(decodeEntities("&bogus; &amp;")).toBe("&bogus; &");
  });
});

describe("convertHtmlToText", () => {
  it("turns blocks into paragraph breaks and drops scripts, nav, aside, footer and captions", () => {
    const html = `<nav>Home | World</nav><p>First para.</p><script>var a = "Putin met Kim";</script><div>Second<br>line</div>
      <aside>Related story</aside><figure><img src="x"><figcaption>Caption text</figcaption></figure><footer>Footer</footer>`;
    const text = convertHtmlToText(html);
    expect(text).toContain("First para.");
    expect(text).toContain("Second\nline");
    expect(text).not.toMatch(/Putin met Kim|Home|Related story|Caption text|Footer/);
  });
});

describe("isFurniture", () => {
  it.each([
    "No time to read?",
    "Get a summary",
    "Share this article",
    "Facebook Twitter Telegram",
    "Advertisement",
    "Read more: Kim tours a munitions plant",
    "Related: Moscow hosts a trade fair",
    "Photo: Kremlin press service / AFP",
    "Sign up for our daily newsletter",
    "(END)",
  ])("treats %s as furniture", (line) => {
    expect(isFurniture(line)).toBe(true);
  });
  it("keeps prose that merely mentions sharing", () => {
    expect(isFurniture("The two sides agreed to share intelligence on the peninsula.")).toBe(false);
  });
});

describe("cleanArticleText", () => {
  it("drops teaser headlines after Previous/Next Article markers", () => {
    const raw = "Body sentence one.\n\nPrevious Article\n\nSome unrelated teaser headline\n\nNext Article\n\nAnother teaser";
    expect(cleanArticleText(raw)).toBe("Body sentence one.");
  });
  it("drops Yonhap photo captions but keeps the dateline paragraph", () => {
    const raw = [
      "SEOUL, June 20 (Yonhap) -- The two leaders held talks on Wednesday.",
      "This photo shows the leaders walking together. (For Use Only in the Republic of Korea. No Redistribution) (Yonhap)",
      "A closing line of prose.",
      "(END)",
    ].join("\n\n");
    const text = cleanArticleText(raw);
    expect(text).toContain("SEOUL, June 20 (Yonhap) --");
    expect(text).not.toContain("No Redistribution");
    expect(text).not.toContain("(END)");
  });
  it("joins hard-wrapped lines into one paragraph", () => {
    const raw = "A long line of prose that was wrapped by the sender at a fixed width of\ncharacters, continuing here.";
    expect(cleanArticleText(raw)).toBe("A long line of prose that was wrapped by the sender at a fixed width of characters, continuing here.");
  });
});
