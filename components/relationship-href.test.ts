import { describe, expect, it } from "vitest";
import { toPairSwitchHref } from "./relationship-href";

const kpCn = { slug: "kp-cn", countries: ["KP", "CN"] };

describe("toPairSwitchHref", () => {
  it("keeps the filters and display of the timeline, drops the page number", () => {
    const href = toPairSwitchHref("/", new URLSearchParams("type=meeting&from=2024&page=3&view=timeline&pair=kp-ru"), kpCn);
    expect(Object.fromEntries(new URL(href, "http://x").searchParams)).toEqual({ type: "meeting", from: "2024", view: "timeline", pair: "kp-cn" });
    expect(href.startsWith("/?")).toBe(true);
  });

  it("keeps only the country codes of the new pair", () => {
    expect(new URL(toPairSwitchHref("/", new URLSearchParams("country=RU,KP"), kpCn), "http://x").searchParams.get("country")).toBe("KP");
    expect(new URL(toPairSwitchHref("/", new URLSearchParams("country=RU"), kpCn), "http://x").searchParams.has("country")).toBe(false);
  });

  it("stays on the review desk and the upload page, and opens the timeline from any other page", () => {
    expect(toPairSwitchHref("/review", new URLSearchParams("q=visit"), kpCn)).toBe("/review?q=visit&pair=kp-cn");
    expect(toPairSwitchHref("/upload", new URLSearchParams(), kpCn)).toBe("/upload?pair=kp-cn");
    expect(toPairSwitchHref("/people/kim-jong-un", new URLSearchParams("q=x"), kpCn)).toBe("/?pair=kp-cn");
  });
});
