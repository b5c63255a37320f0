import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("loadConfig: access control and hardening", () => {
  it("allows anonymous reads, no other origin and introspection outside production by default", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      REQUIRE_AUTH_FOR_READ: false,
      CORS_ORIGINS: [],
      INTROSPECTION: true,
      BODY_LIMIT_BYTES: 1_048_576,
      GRAPHQL_MAX_DEPTH: 15,
      GRAPHQL_MAX_COST: 20_000,
      GRAPHQL_MAX_ALIASES: 15,
      GRAPHQL_MAX_TOKENS: 3000,
      GRAPHQL_MAX_DIRECTIVES: 50,
      JWT_ROLE_CLAIM: "role",
    });
    expect(loadConfig({ NODE_ENV: "production" }).INTROSPECTION).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", INTROSPECTION: "true" }).INTROSPECTION).toBe(true);
  });

  it("reads the CORS allow-list as origins and refuses a URL with a path", () => {
    expect(loadConfig({ CORS_ORIGINS: "https://a.gov.uk, http://localhost:5173" }).CORS_ORIGINS).toEqual(["https://a.gov.uk", "http://localhost:5173"]);
    expect(() => loadConfig({ CORS_ORIGINS: "https://a.gov.uk/app" })).toThrow(/CORS_ORIGINS.0: must be an origin/);
  });

  it("trusts an identity provider only for a named issuer and audience", () => {
    expect(() => loadConfig({ JWT_JWKS_URL: "https://login.example/certs" })).toThrow(/JWT_JWKS_URL: needs JWT_ISSUER and JWT_AUDIENCE/);
    const config = loadConfig({ JWT_JWKS_URL: "https://login.example/certs", JWT_ISSUER: "https://login.example", JWT_AUDIENCE: "gg" });
    expect(config.JWT_AUDIENCE).toBe("gg");
  });

  it("refuses a short JWT secret without echoing it", () => {
    expect(() => loadConfig({ JWT_SECRET: "hunter2" })).toThrow(/JWT_SECRET: must be at least 32 characters$/m);
    expect(() => loadConfig({ JWT_SECRET: "hunter2" })).not.toThrow(/hunter2/);
  });
});
