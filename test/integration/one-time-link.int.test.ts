import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { issueOneTimeLink, ONE_TIME_LINK_PATH } from "../../server/auth/one-time-link.ts";
import { loadConfig } from "../../server/config.ts";
import { loadTestGraph, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { sessionCookieOf } from "../support/sign-in-flow.ts";
import { graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "../support/test-database.ts";

const CSRF = { "x-graphql-yoga-csrf": "1" };
const MINUTE = 60_000;

/**
 * The embedded default's way in without an identity provider: a link printed
 * at start that signs in as administrator once, within 15 minutes, from this
 * machine only. Only its hash is in Neo4j, so a second instance refuses it too.
 */
describe("sign-in: the administrator's one-time link", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let otherInstance: FastifyInstance;
  let clock = Date.now();

  beforeAll(async () => {
    db = await connectTestDatabase();
    const config = loadConfig({ NODE_ENV: "test", SESSION_SECRET: "one-time-link-tests-secret-0123456789ab" });
    app = await createApp({ runner: db.runner, config, logger: testLogger, now: () => clock });
    otherInstance = await createApp({ runner: db.runner, config, logger: testLogger, now: () => clock });
  });
  beforeEach(async () => {
    clock = Date.now();
    await db.wipe();
    await loadTestGraph(db.runner);
  });
  afterAll(async () => {
    await app?.close();
    await otherInstance?.close();
    await db?.close();
  });

  it("signs in as administrator once from loopback; a second use, on any instance, is refused in plain words", async () => {
    const code = await issueOneTimeLink(db.runner, clock);
    const first = await app.inject({ method: "GET", url: `${ONE_TIME_LINK_PATH}${code}`, remoteAddress: "127.0.0.1", headers: { accept: "text/html" } });
    expect([first.statusCode, first.headers.location]).toEqual([303, "/"]);
    const cookie = String(sessionCookieOf(first));
    expect(await graphql(app, `{ me { name role via } }`, {}, { cookie, ...CSRF })).toEqual({
      data: { me: { name: "Administrator (one-time link)", role: "ADMIN", via: "session" } },
    });
    const created = await graphql(
      app,
      `mutation { createEntity(input: { id: "person-test-first", label: "Person", name: "First Person", validFrom: "2016-04-01", sources: [{ document: "${TEST_DOCUMENT}", section: "1" }] }) { id } }`,
      {},
      { cookie, ...CSRF },
    );
    expect(created).toEqual({ data: { createEntity: { id: "person-test-first" } } });

    for (const instance of [app, otherInstance]) {
      const again = await instance.inject({ method: "GET", url: `${ONE_TIME_LINK_PATH}${code}`, remoteAddress: "127.0.0.1", headers: { accept: "text/html" } });
      expect(again.statusCode).toBe(403);
      expect(again.headers["content-type"]).toMatch(/text\/html/);
      expect(again.body).toMatch(/already been used once/);
      expect(again.body).toMatch(/GOV_ONE_TIME_LINK_REFUSED/);
      expect(sessionCookieOf(again)).toBeUndefined();
    }
  });

  it("refuses the link from a non-loopback address without using it up", async () => {
    const code = await issueOneTimeLink(db.runner, clock);
    const remote = await app.inject({
      method: "GET",
      url: `${ONE_TIME_LINK_PATH}${code}`,
      remoteAddress: "203.0.113.7",
      // A forwarding header claiming loopback is not believed.
      headers: { "x-forwarded-for": "127.0.0.1" },
    });
    expect(remote.statusCode).toBe(403);
    expect(remote.json()).toMatchObject({ code: "GOV_ONE_TIME_LINK_REFUSED", message: expect.stringMatching(/loopback/) });
    const local = await app.inject({ method: "GET", url: `${ONE_TIME_LINK_PATH}${code}`, remoteAddress: "::1" });
    expect(local.statusCode).toBe(303);
  });

  it("refuses a link older than 15 minutes, an unknown code, and stores only the code's hash", async () => {
    const code = await issueOneTimeLink(db.runner, clock);
    const stored = await db.runner.read("test/list-one-time-links");
    const links = stored.map((row) => JSON.stringify(row.link));
    expect(links).toHaveLength(1);
    expect(links[0]).not.toContain(code);
    clock += 16 * MINUTE;
    const late = await app.inject({ method: "GET", url: `${ONE_TIME_LINK_PATH}${code}`, remoteAddress: "127.0.0.1" });
    expect(late.statusCode).toBe(403);
    expect(late.json().message).toMatch(/older than 15 minutes/);
    const unknown = await app.inject({ method: "GET", url: `${ONE_TIME_LINK_PATH}not-a-code`, remoteAddress: "127.0.0.1" });
    expect(unknown.json()).toMatchObject({ code: "GOV_ONE_TIME_LINK_REFUSED", message: expect.stringMatching(/not a link/) });
  });

  it("says sign-in through an identity provider is not set up when no OIDC_ISSUER is configured", async () => {
    const answer = await app.inject({ method: "GET", url: "/auth/sign-in?returnTo=/" });
    expect(answer.statusCode).toBe(404);
    expect(answer.json().code).toBe("GOV_SIGN_IN_NOT_CONFIGURED");
  });
});
