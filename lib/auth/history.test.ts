import { describe, expect, it } from "vitest";
import { toPublicActor } from "./history";

describe("toPublicActor", () => {
  const names = new Map([["jane@example.org", "Jane Kim"], ["nameless@example.org", "nameless@example.org"]]);

  it("shows a user's display name instead of the email", () => {
    expect(toPublicActor("jane@example.org", names)).toBe("Jane Kim");
    expect(toPublicActor(" Jane@Example.org", names)).toBe("Jane Kim");
  });

  it("says 'an editor' for an email with no user, or a user whose name is an email", () => {
    expect(toPublicActor("gone@example.org", names)).toBe("an editor");
    expect(toPublicActor("nameless@example.org", names)).toBe("an editor");
  });

  it("hides the command line's OS user and keeps system actors", () => {
    expect(toPublicActor("cli:root", names)).toBe("the command line");
    expect(toPublicActor("demo-seed", names)).toBe("demo-seed");
  });
});
