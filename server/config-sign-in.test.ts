import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

const OIDC = {
  OIDC_ISSUER: "https://login.council.example/realms/staff",
  OIDC_CLIENT_ID: "governance-graph",
  PUBLIC_BASE_URL: "https://governance.council.example",
  SESSION_SECRET: "a-session-secret-of-at-least-32-chars!",
};

describe("configuration: sign-in and sessions", () => {
  it("defaults to 8 hours absolute and 30 minutes idle, and reads other lengths with units", () => {
    const config = loadConfig({});
    expect([config.SESSION_MAX_AGE, config.SESSION_IDLE, config.JWT_AREA_CLAIM, config.OIDC_SCOPES]).toEqual([8 * 3_600_000, 30 * 60_000, "areas", "openid profile"]);
    const custom = loadConfig({ SESSION_MAX_AGE: "2h", SESSION_IDLE: "900" });
    expect([custom.SESSION_MAX_AGE, custom.SESSION_IDLE]).toEqual([2 * 3_600_000, 900_000]);
  });

  it("accepts a complete provider configuration and drops a trailing slash from the public URL", () => {
    expect(loadConfig({ ...OIDC, PUBLIC_BASE_URL: "https://governance.council.example/" }).PUBLIC_BASE_URL).toBe("https://governance.council.example");
  });

  it.each([
    ["SESSION_SECRET", { ...OIDC, SESSION_SECRET: undefined }, /SESSION_SECRET: is required when OIDC_ISSUER is set/],
    ["a short SESSION_SECRET", { ...OIDC, SESSION_SECRET: "short" }, /SESSION_SECRET: must be at least 32 characters$/m],
    ["OIDC_CLIENT_ID and PUBLIC_BASE_URL", { OIDC_ISSUER: OIDC.OIDC_ISSUER, SESSION_SECRET: OIDC.SESSION_SECRET }, /OIDC_CLIENT_ID: is required[\s\S]*PUBLIC_BASE_URL: is required/],
    ["a plain-http provider off loopback", { ...OIDC, OIDC_ISSUER: "http://login.council.example" }, /OIDC_ISSUER: must be https/],
    ["a public URL with a path", { ...OIDC, PUBLIC_BASE_URL: "https://council.example/governance" }, /PUBLIC_BASE_URL: must be an origin/],
    ["an idle lifetime longer than the absolute one", { SESSION_MAX_AGE: "1h", SESSION_IDLE: "2h" }, /SESSION_IDLE: must not be longer than SESSION_MAX_AGE/],
    ["a length in days", { SESSION_MAX_AGE: "1d" }, /SESSION_MAX_AGE: must be a number of seconds/],
    ["scopes without openid", { OIDC_SCOPES: "profile" }, /OIDC_SCOPES: must include openid/],
  ])("refuses %s, naming the variable", (_what, env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });

  it("never repeats a secret's value in the message", () => {
    expect(() => loadConfig({ ...OIDC, SESSION_SECRET: "too-short-secret" })).toThrow(/^(?![\s\S]*too-short-secret)/);
  });

  it("allows plain http for a provider and a public URL on loopback (development, tests)", () => {
    expect(() => loadConfig({ ...OIDC, OIDC_ISSUER: "http://127.0.0.1:9000", PUBLIC_BASE_URL: "http://localhost:4000" })).not.toThrow();
  });
});
