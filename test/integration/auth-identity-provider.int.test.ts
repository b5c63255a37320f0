import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { loadTestGraph, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "../support/test-database.ts";

const ISSUER = "https://login.testshire.example/realms/council";
const AUDIENCE = "governance-graph";

/**
 * A council signs its staff in with its own identity provider: the service
 * fetches the provider's public keys (JWKS) and trusts its tokens for this
 * audience, reading roles from a nested claim, as Keycloak puts them.
 */
describe("access control: an external identity provider's JWTs", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let provider: Server;
  let sign: (claims: JWTPayload, options?: { audience?: string; issuer?: string }) => Promise<string>;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.wipe();
    await loadTestGraph(db.runner);
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "council-key-1", alg: "RS256", use: "sig" };
    provider = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
    const { port } = provider.address() as AddressInfo;
    sign = (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: "council-key-1" })
        .setIssuer(options.issuer ?? ISSUER)
        .setAudience(options.audience ?? AUDIENCE)
        .setSubject(String(claims.sub ?? "user-1"))
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(privateKey);
    const config = loadConfig({
      NODE_ENV: "test",
      JWT_JWKS_URL: `http://127.0.0.1:${port}/realms/council/certs`,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
      JWT_ROLE_CLAIM: "realm_access.roles",
    });
    app = await createApp({ runner: db.runner, config, logger: testLogger });
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => provider.close(resolve));
    await db.close();
  });

  it("trusts the provider's signed tokens and takes the role from the configured claim", async () => {
    const token = await sign({ sub: "k.officer", name: "Kim Officer", realm_access: { roles: ["offline_access", "editor"] } });
    const headers = { authorization: `Bearer ${token}` };
    const me = await graphql(app, /* GraphQL */ `{ me { name role via } }`, {}, headers);
    expect(me.data).toEqual({ me: { name: "Kim Officer", role: "EDITOR", via: "jwt" } });
    const created = await graphql(
      app,
      /* GraphQL */ `mutation { createEntity(input: { id: "person-test-kim", label: "Person", name: "Kim Officer", validFrom: "2016-04-01", sources: [{ document: "${TEST_DOCUMENT}", section: "1" }] }) { id } }`,
      {},
      headers,
    );
    expect(created).toEqual({ data: { createEntity: { id: "person-test-kim" } } });
  });

  it.each([
    ["another audience", () => sign({ realm_access: { roles: ["admin"] } }, { audience: "another-app" })],
    ["another issuer", () => sign({ realm_access: { roles: ["admin"] } }, { issuer: "https://evil.example" })],
    [
      "a token signed with a shared secret instead of the provider's key",
      () => new SignJWT({ role: "admin" }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setExpirationTime("5m").sign(new TextEncoder().encode(TEST_JWT_SECRET)),
    ],
  ])("refuses a token for %s", async (_what, make) => {
    const answer = await graphql(app, /* GraphQL */ `{ me { name } }`, {}, { authorization: `Bearer ${await make()}` });
    expect(answer.errors?.[0]?.extensions?.code).toBe("GOV_UNAUTHENTICATED");
  });
});
