import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { jwtHeaders, TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { graphSnapshot, loadTestGraph, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { clearsSessionCookie, sessionCookieOf, signInThroughProvider } from "../support/sign-in-flow.ts";
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, startTestIdentityProvider, type TestIdentityProvider } from "../support/test-identity-provider.ts";
import { graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "../support/test-database.ts";

/** The service's public URL in these tests: the provider sends the browser back here, and the tests carry that to the app in-process. */
const SERVICE = "http://127.0.0.1:4790";
const MINUTE = 60_000;
const CSRF = { "x-graphql-yoga-csrf": "1" };

const ME = /* GraphQL */ `{ me { name role via areas } }`;
const createPerson = (id: string) => /* GraphQL */ `mutation {
  createEntity(input: { id: "${id}", label: "Person", name: "Sam Session", validFrom: "2016-04-01", sources: [{ document: "${TEST_DOCUMENT}", section: "1" }] }) { id }
}`;

/**
 * Sign-in through a real OpenID provider (oidc-provider on loopback, its own
 * login and consent pages), the sealed session cookie it leads to, and what
 * ends a session: idle and absolute lifetimes on the app's clock, and sign-out,
 * recorded in Neo4j so that a replayed cookie is refused.
 */
describe("sign-in: OpenID Connect sessions", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let provider: TestIdentityProvider;
  let clock = Date.now();

  beforeAll(async () => {
    db = await connectTestDatabase();
    provider = await startTestIdentityProvider(SERVICE, {
      "kim.editor": { name: "Kim Editor", role: ["offline_access", "editor"] },
      "val.viewer": { name: "Val Viewer" },
      "nora.north": { name: "Nora North", role: "editor", areas: ["area-testshire-north"] },
    });
    const config = loadConfig({
      NODE_ENV: "test",
      JWT_SECRET: TEST_JWT_SECRET,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: TEST_CLIENT_ID,
      OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET,
      PUBLIC_BASE_URL: SERVICE,
      SESSION_SECRET: "sign-in-tests-session-secret-0123456789",
      SESSION_MAX_AGE: "2h",
      SESSION_IDLE: "30m",
    });
    app = await createApp({ runner: db.runner, config, logger: testLogger, now: () => clock });
  });
  beforeEach(async () => {
    clock = Date.now();
    await db.wipe();
    await loadTestGraph(db.runner);
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    await db?.close();
  });

  it("signs in with PKCE through the provider's pages, returns to the page asked for, and edits with the role from the ID token", async () => {
    const { cookie, location } = await signInThroughProvider(app, SERVICE, "kim.editor", "/?node=board-test-hwb");
    expect(location).toBe("/?node=board-test-hwb");
    const session = { cookie, ...CSRF };
    expect(await graphql(app, ME, {}, session)).toEqual({ data: { me: { name: "Kim Editor", role: "EDITOR", via: "session", areas: null } } });
    expect(await graphql(app, createPerson("person-test-sam"), {}, session)).toEqual({ data: { createEntity: { id: "person-test-sam" } } });
    const audit = await graphql<{ auditLog: { actor: string; action: string }[] }>(app, `{ auditLog(actor: "Kim Editor") { actor action } }`, {}, session);
    expect(audit.data?.auditLog).toEqual([{ actor: "Kim Editor", action: "createEntity" }]);
  });

  it("gives a user without a role claim the viewer role, and a user with an areas claim a role limited to those areas", async () => {
    const viewer = await signInThroughProvider(app, SERVICE, "val.viewer");
    const answer = await graphql(app, createPerson("person-test-val"), {}, { cookie: viewer.cookie, ...CSRF });
    expect(answer.errors?.[0]?.extensions?.code).toBe("GOV_FORBIDDEN");
    const north = await signInThroughProvider(app, SERVICE, "nora.north");
    expect(await graphql(app, ME, {}, { cookie: north.cookie, ...CSRF })).toEqual({
      data: { me: { name: "Nora North", role: "EDITOR", via: "session", areas: ["area-testshire-north"] } },
    });
  });

  it("refuses every GraphQL request the cookie signs in without the CSRF header, and writes nothing; bearer tokens need no header", async () => {
    const { cookie } = await signInThroughProvider(app, SERVICE, "kim.editor");
    const before = await graphSnapshot(db.runner);
    const mutation = await graphql(app, createPerson("person-test-forged"), {}, { cookie });
    expect(mutation.errors?.[0]?.extensions?.code).toBe("GOV_CSRF_REQUIRED");
    expect(mutation.errors?.[0]?.message).toMatch(/x-graphql-yoga-csrf/);
    const query = await app.inject({ method: "POST", url: "/graphql", headers: { cookie, "content-type": "application/json" }, payload: { query: ME } });
    expect([query.statusCode, query.json().errors?.[0]?.extensions?.code]).toEqual([403, "GOV_CSRF_REQUIRED"]);
    expect(await graphSnapshot(db.runner)).toEqual(before);
    const bearer = await graphql(app, createPerson("person-test-script"), {}, await jwtHeaders("editor", "script"));
    expect(bearer).toEqual({ data: { createEntity: { id: "person-test-script" } } });
  });

  it("ends a session left idle longer than SESSION_IDLE, and one older than SESSION_MAX_AGE however busy", async () => {
    const idle = await signInThroughProvider(app, SERVICE, "kim.editor");
    clock += 29 * MINUTE;
    const stillLive = await app.inject({ method: "POST", url: "/graphql", headers: { cookie: idle.cookie, ...CSRF, "content-type": "application/json" }, payload: { query: ME } });
    expect(stillLive.json()).toMatchObject({ data: { me: { name: "Kim Editor" } } });
    // The request moved the last use on: the cookie it sent back carries it.
    const renewed = sessionCookieOf(stillLive);
    expect(renewed).toBeDefined();
    clock += 29 * MINUTE;
    expect((await graphql(app, ME, {}, { cookie: String(renewed), ...CSRF })).data).toMatchObject({ me: { name: "Kim Editor" } });
    clock += 31 * MINUTE;
    const ended = await app.inject({ method: "POST", url: "/graphql", headers: { cookie: String(renewed), ...CSRF, "content-type": "application/json" }, payload: { query: ME } });
    expect([ended.statusCode, ended.json().errors?.[0]?.extensions?.code]).toEqual([401, "GOV_SESSION_EXPIRED"]);
    expect(ended.json().errors?.[0]?.extensions?.http).toBeUndefined();
    expect(ended.json().errors?.[0]?.message).toMatch(/idle/);
    expect(clearsSessionCookie(ended)).toBe(true);

    clock = Date.now() + 1000;
    let busy = (await signInThroughProvider(app, SERVICE, "kim.editor")).cookie;
    for (let step = 0; step < 6; step++) {
      clock += 20 * MINUTE;
      const live = await app.inject({ method: "POST", url: "/graphql", headers: { cookie: busy, ...CSRF, "content-type": "application/json" }, payload: { query: ME } });
      expect(live.json()).toMatchObject({ data: { me: { role: "EDITOR" } } });
      busy = sessionCookieOf(live) ?? busy;
    }
    clock += 1 * MINUTE;
    const tooOld = await graphql(app, ME, {}, { cookie: busy, ...CSRF });
    expect(tooOld.errors?.[0]?.extensions?.code).toBe("GOV_SESSION_EXPIRED");
    expect(tooOld.errors?.[0]?.message).toMatch(/absolute lifetime/);
  });

  it("sign-out clears the cookie and voids the session in Neo4j, so the old cookie replayed is refused; a new sign-in works", async () => {
    const { cookie } = await signInThroughProvider(app, SERVICE, "kim.editor");
    const out = await app.inject({ method: "POST", url: "/auth/sign-out", headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.body).toBe("");
    expect(clearsSessionCookie(out)).toBe(true);
    const replayed = await graphql(app, createPerson("person-test-replay"), {}, { cookie, ...CSRF });
    expect(replayed.errors?.[0]?.extensions?.code).toBe("GOV_SESSION_EXPIRED");
    expect(replayed.errors?.[0]?.message).toMatch(/signed out/);
    const voids = await db.runner.read("auth/find-session-void", { userId: `jwt:${provider.issuer}|kim.editor` });
    expect(voids).toEqual([{ voidedAt: clock }]);

    clock += 1000;
    const again = await signInThroughProvider(app, SERVICE, "kim.editor");
    expect((await graphql(app, ME, {}, { cookie: again.cookie, ...CSRF })).data).toMatchObject({ me: { name: "Kim Editor" } });
    const form = await app.inject({ method: "POST", url: "/auth/sign-out", headers: { cookie: again.cookie, accept: "text/html" } });
    expect([form.statusCode, form.headers.location]).toEqual([303, "/"]);
  });

  it("refuses a callback with no sign-in under way, or with a forged state, as JSON with a code (or a page for a browser)", async () => {
    const lost = await app.inject({ method: "GET", url: "/auth/callback?code=abc&state=xyz" });
    expect(lost.statusCode).toBe(400);
    expect(lost.json()).toMatchObject({ code: "GOV_SIGN_IN_FAILED", errors: [{ extensions: { code: "GOV_SIGN_IN_FAILED" } }] });
    const page = await app.inject({ method: "GET", url: "/auth/callback?code=abc&state=xyz", headers: { accept: "text/html" } });
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toMatch(/GOV_SIGN_IN_FAILED/);

    const start = await app.inject({ method: "GET", url: "/auth/sign-in?returnTo=//evil.example/" });
    const forged = await app.inject({ method: "GET", url: `/auth/callback?code=abc&state=forged&iss=${encodeURIComponent(provider.issuer)}`, headers: { cookie: String(sessionCookieOf(start)) } });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().code).toBe("GOV_SIGN_IN_FAILED");
    expect(forged.json().message).toMatch(/state/);
  });

  it("sends the browser to the provider with PKCE (S256), state and nonce, and never back to another site", async () => {
    const start = await app.inject({ method: "GET", url: "/auth/sign-in?returnTo=//evil.example/" });
    const to = new URL(String(start.headers.location));
    expect(to.origin).toBe(provider.issuer);
    expect(to.searchParams.get("code_challenge_method")).toBe("S256");
    expect(to.searchParams.get("redirect_uri")).toBe(`${SERVICE}/auth/callback`);
    for (const param of ["code_challenge", "state", "nonce"]) expect(to.searchParams.get(param)).toMatch(/^[\w-]{20,}$/);
    expect(String(start.headers["set-cookie"])).toMatch(/HttpOnly/);
    expect(String(start.headers["set-cookie"])).toMatch(/SameSite=Lax/);
    const { location } = await signInThroughProvider(app, SERVICE, "kim.editor", "//evil.example/");
    expect(location).toBe("/");
  });
});
