import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import type { FastifyInstance } from "fastify";
import { SignJWT } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { apiTokenHeaders, createAuthTestApp, jwtHeaders, TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { graphSnapshot, loadTestGraph, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase } from "../support/test-database.ts";

const CREATE = /* GraphQL */ `
  mutation { createEntity(input: { id: "person-test-new", label: "Person", name: "Sam New", validFrom: "2016-04-01", sources: [{ document: "${TEST_DOCUMENT}", section: "1" }] }) { id } }
`;
const CREATE_TOKEN = /* GraphQL */ `
  mutation Token($name: String!, $role: AccessRole!) { createApiToken(name: $name, role: $role) { token apiToken { id name role createdBy revokedAt } } }
`;
const LIST_TOKENS = /* GraphQL */ `{ listApiTokens { id name role createdBy revokedAt revokedBy } }`;
const ME = /* GraphQL */ `{ me { name role via } }`;

const codeOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions?.code ?? "OK";

describe("access control: roles, JWTs and API tokens", () => {
  let db: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await connectTestDatabase();
    app = await createAuthTestApp(db.runner);
  });
  beforeEach(async () => {
    await db.wipe();
    await loadTestGraph(db.runner);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it("lets anyone read by default, and refuses every mutation to an anonymous caller", async () => {
    const read = await graphql<{ entity: { name: string } }>(app, /* GraphQL */ `{ entity(id: "board-test-hwb") { name } }`);
    expect(read.data?.entity.name).toBe("Testshire Health and Wellbeing Board");
    expect((await graphql(app, ME)).data).toEqual({ me: null });
    const before = await graphSnapshot(db.runner);
    const create = await graphql(app, CREATE);
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: "GOV_UNAUTHENTICATED", requiredRole: "editor" });
    // Whichever job defines a mutation, anonymous callers are refused before it runs.
    const otherJob = /* GraphQL */ `mutation { openAssessmentRound(boardId: "board-test-hwb", name: "Spring", openedOn: "2016-04-01") { id } }`;
    expect(codeOf(await graphql(app, otherJob))).toBe("GOV_UNAUTHENTICATED");
    expect(await graphSnapshot(db.runner)).toEqual(before);
  });

  it("checks every role: viewer reads, editor writes, admin manages tokens", async () => {
    const viewer = await jwtHeaders("viewer");
    const editor = await jwtHeaders("editor");
    const admin = await jwtHeaders("admin");
    const matrix = {
      "viewer creates": codeOf(await graphql(app, CREATE, {}, viewer)),
      "viewer reads history": codeOf(await graphql(app, /* GraphQL */ `{ history(entityId: "board-test-hwb") { id } }`, {}, viewer)),
      "viewer reads the audit log": codeOf(await graphql(app, /* GraphQL */ `{ auditLog { id } }`, {}, viewer)),
      "viewer imports": codeOf(await graphql(app, /* GraphQL */ `mutation { importGraph(format: JSON, content: "[]") { dryRun } }`, {}, viewer)),
      "editor reads the audit log": codeOf(await graphql(app, /* GraphQL */ `{ auditLog { id } }`, {}, editor)),
      "editor lists tokens": codeOf(await graphql(app, LIST_TOKENS, {}, editor)),
      "editor issues a token": codeOf(await graphql(app, CREATE_TOKEN, { name: "x", role: "ADMIN" }, editor)),
      "editor revokes a token": codeOf(await graphql(app, /* GraphQL */ `mutation { revokeApiToken(id: "x") { id } }`, {}, editor)),
      "admin lists tokens": codeOf(await graphql(app, LIST_TOKENS, {}, admin)),
      "editor creates": codeOf(await graphql(app, CREATE, {}, editor)),
      "anonymous reads history": codeOf(await graphql(app, /* GraphQL */ `{ history(entityId: "board-test-hwb") { id } }`)),
    };
    expect(matrix).toEqual({
      "viewer creates": "GOV_FORBIDDEN",
      "viewer reads history": "OK",
      "viewer reads the audit log": "GOV_FORBIDDEN",
      "viewer imports": "GOV_FORBIDDEN",
      "editor reads the audit log": "OK",
      "editor lists tokens": "GOV_FORBIDDEN",
      "editor issues a token": "GOV_FORBIDDEN",
      "editor revokes a token": "GOV_FORBIDDEN",
      "admin lists tokens": "OK",
      "editor creates": "OK",
      "anonymous reads history": "GOV_UNAUTHENTICATED",
    });
    const forbidden = await graphql(app, CREATE, {}, viewer);
    expect(forbidden.errors?.[0]?.extensions).toMatchObject({ code: "GOV_FORBIDDEN", requiredRole: "editor" });
    expect(forbidden.errors?.[0]?.message).toMatch(/needs the editor role; you are viewer/);
  });

  it("issues an API token once, stores only its hash, and stops honouring it when revoked", async () => {
    const admin = await jwtHeaders("admin", "Ada Admin");
    const issued = await graphql<{ createApiToken: { token: string; apiToken: { id: string; role: string; createdBy: string } } }>(
      app,
      CREATE_TOKEN,
      { name: "Nightly import", role: "EDITOR" },
      admin,
    );
    const { token, apiToken } = issued.data?.createApiToken ?? { token: "", apiToken: { id: "", role: "", createdBy: "" } };
    expect(token).toMatch(/^ggt_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ role: "EDITOR", createdBy: "Ada Admin" });
    const stored = (await graphSnapshot(db.runner)).join("\n");
    expect(stored).not.toContain(token);
    expect(stored).toContain(createHash("sha256").update(token).digest("hex"));

    const headers = { authorization: `Bearer ${token}` };
    expect((await graphql(app, ME, {}, headers)).data).toEqual({ me: { name: "Nightly import", role: "EDITOR", via: "token" } });
    expect(codeOf(await graphql(app, CREATE, {}, headers))).toBe("OK");

    const revoked = await graphql<{ revokeApiToken: { revokedAt: string | null } }>(
      app,
      /* GraphQL */ `mutation Revoke($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`,
      { id: apiToken.id },
      admin,
    );
    expect(revoked.data?.revokeApiToken.revokedAt).toMatch(/^\d{4}-/);
    expect(codeOf(await graphql(app, ME, {}, headers))).toBe("GOV_UNAUTHENTICATED");
    const listed = await graphql<{ listApiTokens: Record<string, unknown>[] }>(app, LIST_TOKENS, {}, admin);
    expect(listed.data?.listApiTokens).toEqual([
      { id: apiToken.id, name: "Nightly import", role: "EDITOR", createdBy: "Ada Admin", revokedAt: expect.stringMatching(/^\d{4}-/), revokedBy: "Ada Admin" },
    ]);
    const log = await graphql<{ auditLog: { action: string }[] }>(app, /* GraphQL */ `{ auditLog(actor: "Ada Admin") { action } }`, {}, admin);
    expect(log.data?.auditLog.map((entry) => entry.action)).toEqual(["revokeApiToken", "createApiToken"]);
  });

  it.each([
    ["a header that is not Bearer", { authorization: "Basic dXNlcjpwYXNz" }],
    ["an unknown API token", { authorization: "Bearer ggt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }],
    ["a JWT signed with another secret", "wrong-secret"],
    ["an expired JWT", "expired"],
    ["a JWT that never expires", "no-exp"],
    ["an unsigned JWT (alg none)", "none"],
  ])("refuses %s with GOV_UNAUTHENTICATED, even for a read", async (_what, credential) => {
    const headers = typeof credential === "object" ? credential : { authorization: `Bearer ${await badJwt(credential)}` };
    const answer = await graphql(app, /* GraphQL */ `{ entity(id: "board-test-hwb") { name } }`, {}, headers);
    expect(answer.errors?.[0]?.extensions?.code).toBe("GOV_UNAUTHENTICATED");
    expect(answer.data ?? null).toBeNull();
  });

  it("takes the highest known role from the role claim, and makes a signed-in user with none a viewer", async () => {
    const both = await jwtHeaders(["viewer", "admin"] as unknown as string, "Two Hats");
    expect((await graphql(app, ME, {}, both)).data).toEqual({ me: { name: "Two Hats", role: "ADMIN", via: "jwt" } });
    const none = await jwtHeaders("governance-officer", "No Role");
    expect((await graphql(app, ME, {}, none)).data).toEqual({ me: { name: "No Role", role: "VIEWER", via: "jwt" } });
  });

  it("refuses anonymous reads when REQUIRE_AUTH_FOR_READ is set", async () => {
    const closed = await createAuthTestApp(db.runner, { REQUIRE_AUTH_FOR_READ: "true" });
    try {
      const anonymous = await graphql(closed, /* GraphQL */ `{ documents { file } }`);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe("GOV_UNAUTHENTICATED");
      const viewer = await graphql(closed, /* GraphQL */ `{ documents { file } }`, {}, await apiTokenHeaders(db.runner, "viewer"));
      expect(viewer).toEqual({ data: { documents: [{ file: TEST_DOCUMENT }] } });
    } finally {
      await closed.close();
    }
  });

  it("bootstraps the first admin from the command line: npm run token -- --role admin --name <who>", async () => {
    const target = inject("neo4j");
    const run = promisify(execFile);
    const env = { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database, LOG_LEVEL: "error" };
    const { stdout } = await run("npx", ["tsx", "server/jobs/access/token-cli.ts", "--role", "admin", "--name", "First Admin"], { env });
    const token = stdout.trim();
    expect(token).toMatch(/^ggt_/);
    expect((await graphql(app, ME, {}, { authorization: `Bearer ${token}` })).data).toEqual({ me: { name: "First Admin", role: "ADMIN", via: "token" } });
    const refused = await run("npx", ["tsx", "server/jobs/access/token-cli.ts", "--role", "root", "--name", "x"], { env }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining("Usage: npm run token") });
  });
});

async function badJwt(kind: string): Promise<string> {
  const secret = new TextEncoder().encode(kind === "wrong-secret" ? "another-secret-that-is-long-enough-0123456789" : TEST_JWT_SECRET);
  if (kind === "none") {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    return `${encode({ alg: "none", typ: "JWT" })}.${encode({ sub: "mallory", role: "admin", exp: Math.floor(Date.now() / 1000) + 600 })}.`;
  }
  const jwt = new SignJWT({ role: "admin", name: "Mallory" }).setProtectedHeader({ alg: "HS256" }).setSubject("mallory").setIssuedAt();
  if (kind === "expired") jwt.setExpirationTime(Math.floor(Date.now() / 1000) - 3600);
  else if (kind !== "no-exp") jwt.setExpirationTime("10m");
  return jwt.sign(secret);
}
