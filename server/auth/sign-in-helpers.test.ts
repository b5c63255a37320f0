import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isLoopbackAddress } from "./one-time-link.ts";
import { cookieIsSecure } from "./session.ts";
import { resolveSessionSecret, SESSION_SECRET_FILE } from "./session-secret.ts";
import { safeReturnTo } from "./sign-in-routes.ts";
import { areasFromClaim } from "./authenticate.ts";

describe("sign-in helpers", () => {
  it("returns only to a path on this site", () => {
    expect(safeReturnTo("/?area=area-essex#panel")).toBe("/?area=area-essex#panel");
    for (const elsewhere of ["//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "", undefined, ["/a"]]) {
      expect(safeReturnTo(elsewhere)).toBe("/");
    }
  });

  it("counts only the loopback addresses as this machine", () => {
    for (const local of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(local)).toBe(true);
    for (const remote of ["10.0.0.1", "203.0.113.7", "::ffff:192.168.1.2", "fe80::1", "", undefined]) expect(isLoopbackAddress(remote)).toBe(false);
  });

  it("marks the cookie Secure unless the service is reached on loopback", () => {
    expect(cookieIsSecure({ PUBLIC_BASE_URL: "https://governance.council.example", HOST: "0.0.0.0" })).toBe(true);
    expect(cookieIsSecure({ PUBLIC_BASE_URL: "http://127.0.0.1:4000", HOST: "127.0.0.1" })).toBe(false);
    expect(cookieIsSecure({ PUBLIC_BASE_URL: undefined, HOST: "127.0.0.1" })).toBe(false);
    expect(cookieIsSecure({ PUBLIC_BASE_URL: undefined, HOST: "0.0.0.0" })).toBe(true);
  });

  it("reads areas from a claim: absent means every area, a string or a list limits", () => {
    expect(areasFromClaim(undefined)).toBeNull();
    expect(areasFromClaim("area-southend-on-sea")).toEqual(["area-southend-on-sea"]);
    expect(areasFromClaim(["area-essex", " ", "area-thurrock"])).toEqual(["area-essex", "area-thurrock"]);
    expect(areasFromClaim([])).toEqual([]);
  });

  it("generates the embedded default's session secret once, keeps it owner-readable, and prefers SESSION_SECRET", () => {
    const home = mkdtempSync(join(tmpdir(), "session-secret-"));
    try {
      const first = resolveSessionSecret({ SESSION_SECRET: undefined, NEO4J_URI: undefined, NEO4J_HOME: home });
      expect(first?.length).toBeGreaterThanOrEqual(32);
      expect(resolveSessionSecret({ SESSION_SECRET: undefined, NEO4J_URI: undefined, NEO4J_HOME: home })).toBe(first);
      expect(readFileSync(join(home, SESSION_SECRET_FILE), "utf8").trim()).toBe(first);
      expect(statSync(join(home, SESSION_SECRET_FILE)).mode & 0o077).toBe(0);
      expect(resolveSessionSecret({ SESSION_SECRET: "x".repeat(32), NEO4J_URI: undefined, NEO4J_HOME: home })).toBe("x".repeat(32));
      expect(resolveSessionSecret({ SESSION_SECRET: undefined, NEO4J_URI: "bolt://db:7687", NEO4J_HOME: home })).toBeUndefined();
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
