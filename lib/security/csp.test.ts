import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "./csp";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => d.split(" ")).map(([name, ...sources]) => [name, sources]));

describe("content security policy", () => {
  it("lets scripts run only with the request's nonce, never inline", () => {
    const policy = directives(buildContentSecurityPolicy({ nonce: "abc123" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get("style-src-elem")).toEqual(["'self'", "'nonce-abc123'"]);
    // Inline style attributes (the charts) are allowed; nothing else inline is.
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' only for the development server", () => {
    expect(buildContentSecurityPolicy({ nonce: "n" })).not.toContain("unsafe-eval");
    expect(directives(buildContentSecurityPolicy({ nonce: "n", dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("makes a new 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
