import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import type { QueryRunner } from "../db/run-query.ts";
import { hashApiToken } from "./api-tokens.ts";
import { createAuthenticator, roleFromClaim } from "./authenticate.ts";

/** Answers the token lookup from a fixed list of stored hashes, and records each lookup. */
function fakeRunner(tokens: Record<string, { id: string; name: string; role: string }>) {
  const lookups: unknown[] = [];
  const runner = {
    read: async (name: string, params: { hash: string }) => {
      lookups.push({ name, params });
      const token = tokens[params.hash];
      return token ? [{ token }] : [];
    },
  } as unknown as QueryRunner;
  return { runner, lookups };
}

describe("roleFromClaim", () => {
  it("takes the highest of our roles from a string or a list, ignoring case and others' roles", () => {
    expect(roleFromClaim("editor")).toBe("editor");
    expect(roleFromClaim(["offline_access", "Viewer", "ADMIN"])).toBe("admin");
    expect(roleFromClaim(["uma_authorization"])).toBe("viewer");
    expect(roleFromClaim(undefined)).toBe("viewer");
  });
});

describe("createAuthenticator", () => {
  const token = "ggt_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

  it("is anonymous without a header, and finds an API token by its hash", async () => {
    const { runner, lookups } = fakeRunner({ [hashApiToken(token)]: { id: "t1", name: "Robot", role: "editor" } });
    const authenticate = createAuthenticator({ config: loadConfig({ NODE_ENV: "test" }), runner });
    expect(await authenticate(null)).toBeNull();
    expect(await authenticate(`Bearer ${token}`)).toEqual({ id: "token:t1", name: "Robot", role: "editor", via: "token" });
    expect(lookups).toEqual([{ name: "auth/find-api-token", params: { hash: hashApiToken(token) } }]);
  });

  it("refuses a header it cannot read, an unknown token, and a JWT when no issuer is configured", async () => {
    const { runner } = fakeRunner({});
    const authenticate = createAuthenticator({ config: loadConfig({ NODE_ENV: "test" }), runner });
    await expect(authenticate("Token abc")).rejects.toMatchObject({ extensions: { code: "GOV_UNAUTHENTICATED" } });
    await expect(authenticate(`Bearer ${token}`)).rejects.toMatchObject({ message: /unknown or revoked/ });
    await expect(authenticate("Bearer eyJhbGciOiJIUzI1NiJ9.e30.x")).rejects.toMatchObject({ message: /API tokens only/ });
  });
});

describe("the JWT subject", () => {
  const secret = "unit-tests-only-secret-0123456789abcdefgh";
  const config = loadConfig({ NODE_ENV: "test", JWT_SECRET: secret });

  async function signed(claims: Record<string, unknown>): Promise<string> {
    const { SignJWT } = await import("jose");
    const token = await new SignJWT({ role: "editor", ...claims })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(secret));
    return `Bearer ${token}`;
  }

  it("refuses a correctly signed token whose sub is empty, blank, a number or an object", async () => {
    const authenticate = createAuthenticator({ config, runner: fakeRunner({}).runner });
    for (const sub of ["", "   ", 42, { id: "x" }]) {
      await expect(authenticate(await signed({ sub })), `sub ${JSON.stringify(sub)}`).rejects.toMatchObject({
        extensions: { code: "GOV_UNAUTHENTICATED" },
        message: /sub \(subject\) claim must be a non-empty string/,
      });
    }
  });

  it("takes a string sub as the stable id, and as the name when the token has none", async () => {
    const authenticate = createAuthenticator({ config, runner: fakeRunner({}).runner });
    expect(await authenticate(await signed({ sub: "u-17" }))).toEqual({ id: "jwt:|u-17", name: "u-17", role: "editor", via: "jwt" });
    expect(await authenticate(await signed({ sub: "u-17", name: "  " }))).toMatchObject({ name: "u-17" });
  });
});
