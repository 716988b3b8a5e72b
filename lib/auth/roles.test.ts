import { describe, expect, it } from "vitest";
import { hasRole, isPublicRead, toLocalPath } from "./roles";

describe("toLocalPath", () => {
  it("keeps a path on this site and turns anything else into the timeline", () => {
    expect(toLocalPath("/people?q=Lavrov")).toBe("/people?q=Lavrov");
    expect(toLocalPath("/events/12#sources")).toBe("/events/12#sources");
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "evil", "", null, "/a b", "/%01".replace("%01", "\u0001"), "/日本", "/sign-in", "/sign-in?next=/x"]) {
      expect(toLocalPath(bad), String(bad)).toBe("/");
    }
    expect(toLocalPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example"); // still a path on this site
  });
});

describe("roles", () => {
  it("orders viewer < editor < admin and reads DYAD_PUBLIC_READ strictly", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("editor", "admin")).toBe(false);
    expect(hasRole("viewer", "viewer")).toBe(true);
    expect(isPublicRead({ DYAD_PUBLIC_READ: "true" })).toBe(true);
    expect(isPublicRead({ DYAD_PUBLIC_READ: "no" })).toBe(false);
    expect(isPublicRead({})).toBe(false);
  });
});
