import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { createDriver } from "../../server/db/create-driver.ts";
import { loadQueryRegistry } from "../../server/db/query-registry.ts";
import { QUERY_SOURCES } from "../../server/db/query-sources.ts";
import { createQueryRunner } from "../../server/db/run-query.ts";
import { parseSeedFile } from "../../server/domain/seed-file.ts";
import { ERRORS, type ErrorCode, httpStatusOf } from "../../server/errors.ts";
import { loadSeeds } from "../../server/seed/load-seeds.ts";
import { makePdf } from "../../bench/drafts/minimal-pdf.ts";
import { issueOneTimeLink, ONE_TIME_LINK_PATH } from "../../server/auth/one-time-link.ts";
import { createModernGovClient } from "../../server/jobs/moderngov-sync/moderngov-client.ts";
import { createAuthTestApp, jwtHeaders, TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { type FakeAnswer, startFakeModernGov } from "../support/fake-moderngov.ts";
import { uploadGraphql } from "../support/multipart-upload.ts";
import { sessionCookieOf } from "../support/sign-in-flow.ts";
import { freePort, startTestIdentityProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET } from "../support/test-identity-provider.ts";
import { connectTestDatabase, TEST_RUNNER_ROWS, type TestDatabase, testLogger } from "../support/test-database.ts";
import { SERVICE_ROWS } from "../../server/row-registry.ts";
import { z } from "zod";

/**
 * Walks docs/errors.md: every documented code has a trigger below that makes
 * the service answer with it, and every answer is JSON with a message and
 * the code (and, where the code stands for the whole request, its HTTP
 * status). A code documented without a trigger fails the first test: add
 * its trigger to TRIGGERS when adding the code.
 */

const documented = [...readFileSync(new URL("../../docs/errors.md", import.meta.url), "utf8").matchAll(/^\| `(GOV_[A-Z_]+)` \|/gm)].map(
  (match) => match[1] as ErrorCode,
);

interface Seen {
  /** HTTP status, when the trigger went over HTTP. */
  status?: number;
  /** The parsed body, or the thrown error's own fields when the trigger called the code directly. */
  code: unknown;
  message: unknown;
  raw: string;
}

interface Kit {
  app: FastifyInstance;
  db: TestDatabase;
  editor: Record<string, string>;
  viewer: Record<string, string>;
}

async function post(app: FastifyInstance, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Seen> {
  const response = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json", ...headers }, payload: JSON.stringify({ query, variables }) });
  return fromResponse(response.statusCode, response.body);
}

function fromResponse(status: number, raw: string): Seen {
  const body = JSON.parse(raw) as { code?: string; message?: string; errors?: { message?: string; extensions?: { code?: string } }[] };
  const first = body.errors?.[0];
  // HTTP refusals carry the code at the top level too; GraphQL errors only in extensions.
  if (body.code !== undefined) expect(body.code).toBe(first?.extensions?.code);
  return { status, code: first?.extensions?.code, message: first?.message, raw };
}

async function appWith(kit: Kit, env: Record<string, string>): Promise<FastifyInstance> {
  return createApp({ runner: kit.db.runner, config: loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_JWT_SECRET, ...env }), logger: testLogger });
}

/** The sign-in routes (/auth/*) answer a script with the same JSON as every other refusal (a browser gets a page). */
function fromSignInRoute(response: { statusCode: number; body: string; headers: Record<string, unknown> }): Seen {
  expect(String(response.headers["content-type"])).toMatch(/^application\/json/);
  return fromResponse(response.statusCode, response.body);
}

const SESSION_SECRET = "error-walk-session-secret-0123456789abcdef";

/** An app with sessions on, and a session cookie signed in by the administrator's one-time link from loopback. */
async function withSession<T>(kit: Kit, work: (app: FastifyInstance, cookie: string) => Promise<T>): Promise<T> {
  const app = await appWith(kit, { SESSION_SECRET });
  try {
    const code = await issueOneTimeLink(kit.db.runner, Date.now());
    const link = await app.inject({ method: "GET", url: `${ONE_TIME_LINK_PATH}${code}`, remoteAddress: "127.0.0.1" });
    const cookie = sessionCookieOf(link);
    expect([link.statusCode, typeof cookie], link.body).toEqual([303, "string"]);
    return await work(app, String(cookie));
  } finally {
    await app.close();
  }
}

const DRAFT = /* GraphQL */ `mutation ($text: String, $file: File, $title: String!) { draftFromDocument(text: $text, file: $file, title: $title) { id facts { id } } }`;
const DRAFT_TEXT = "Error Walk Board\nTerms of Reference\n\nThe Error Walk Board meets monthly. The quorum is three members.";

async function upload(kit: Kit, file: { name: string; type: string; bytes: Uint8Array }, app = kit.app): Promise<Seen> {
  const { status, answer } = await uploadGraphql(app, DRAFT, { title: file.name }, file, kit.editor);
  const first = answer.errors?.[0];
  return { status, code: first?.extensions?.code, message: first?.message, raw: JSON.stringify(answer) };
}

/** The ModernGov client against the stand-in on 127.0.0.1 (listed in the policy), one attempt, answering as `answer` says. */
async function moderngov(answer: FakeAnswer | null, options: { allowed?: string[]; baseUrl?: string; timeoutMs?: number } = {}): Promise<Seen> {
  const fake = await startFakeModernGov(() => null);
  fake.override = () => answer ?? undefined;
  try {
    const baseUrl = options.baseUrl ?? fake.url;
    const client = createModernGovClient({
      baseUrl,
      policy: { allowed: options.allowed ?? [new URL(baseUrl).host] },
      timeoutMs: options.timeoutMs ?? 2000,
      attempts: 1,
      backoffMs: 0,
      concurrency: 1,
    });
    return await thrown(() => client.committees());
  } finally {
    await fake.close();
  }
}

const SOURCE = { document: "002_04cb78379c9a0f0c.txt", section: "1" };
const CREATE = /* GraphQL */ `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id version } }`;
const board = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: "Board",
  name: `Error Walk ${id}`,
  kind: "SAFEGUARDING_BOARD",
  areaId: "area-essex",
  validFrom: "2020-01-01",
  sources: [SOURCE],
  ...extra,
});

/** One way to make the service answer with each code. */
const TRIGGERS: Partial<Record<ErrorCode, (kit: Kit) => Promise<Seen>>> = {
  GOV_INPUT_INVALID: async ({ app }) => {
    const seen = await post(app, `{ entities(asOf: 20160101) { id } }`);
    expect(seen.message).toMatch(/a date must be written like "2016-01-01", got the number 20160101/);
    return seen;
  },
  GOV_NOT_FOUND: ({ app, editor }) => post(app, `mutation { endEntity(id: "board-no-such-board", expectedVersion: 1, validTo: "2020-01-01") { id } }`, {}, editor),
  GOV_DB_UNAVAILABLE: async () => {
    const driver = createDriver({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x", database: "neo4j" }, testLogger);
    const runner = createQueryRunner({ driver, database: "neo4j", queries: loadQueryRegistry(), rows: SERVICE_ROWS, logger: testLogger });
    const app = await createApp({ runner, config: loadConfig({ NODE_ENV: "test" }), logger: testLogger });
    try {
      const seen = await post(app, `{ documents { file } }`);
      expect(seen.raw).not.toMatch(/127\.0\.0\.1|bolt:/);
      return seen;
    } finally {
      await app.close();
      await driver.close();
    }
  },
  GOV_DB_QUERY_FAILED: async ({ db }) => thrown(() => db.runner.read("test/divide-by-zero", { zero: 0 })),
  GOV_DB_ROW_INVALID: async ({ db }) => {
    // A schema that says the count is a string: the row Neo4j returns (a number) fails it.
    const runner = createQueryRunner({
      driver: db.driver,
      database: (await import("vitest")).inject("neo4j").database,
      queries: loadQueryRegistry(QUERY_SOURCES.service, QUERY_SOURCES.test),
      rows: { ...TEST_RUNNER_ROWS, "test/count-nodes-holding-value": z.object({ count: z.string() }) },
      logger: testLogger,
    });
    const seen = await thrown(() => runner.read("test/count-nodes-holding-value", { value: "nothing holds this" }));
    expect(seen.message).toMatch(/query test\/count-nodes-holding-value .* at count: row 0: /);
    return seen;
  },
  GOV_CONFLICT: async ({ app, editor }) => {
    await post(app, CREATE, { input: board("board-walk-conflict") }, editor);
    return post(app, `mutation { updateEntity(id: "board-walk-conflict", expectedVersion: 7, input: { description: "changed" }) { id } }`, {}, editor);
  },
  GOV_UNAUTHENTICATED: ({ app }) => post(app, CREATE, { input: board("board-walk-anonymous") }),
  GOV_FORBIDDEN: ({ app, viewer }) => post(app, CREATE, { input: board("board-walk-viewer") }, viewer),
  GOV_SEED_INVALID: async () =>
    thrown(async () => parseSeedFile('document:\n  file: 009_0123456789abcdef.txt\n  title: "T"\n  date: 0000-01-01\nnodes: []\n', "009-walk.yaml")),
  GOV_DUPLICATE: ({ app, editor }) => post(app, CREATE, { input: { ...board("area-essex"), label: "Area", kind: "COUNTY", areaId: null } }, editor),
  GOV_RELATIONSHIP_NOT_ALLOWED: ({ app, editor }) =>
    post(
      app,
      `mutation ($input: CreateRelationshipInput!) { createRelationship(input: $input) { key } }`,
      { input: { type: "CHAIRS", from: "area-essex", to: "org-essex-county-council", validFrom: "2020-01-01", sources: [SOURCE] } },
      editor,
    ),
  GOV_DATE_ORDER_INVALID: ({ app, editor }) => post(app, CREATE, { input: board("board-walk-dates", { validTo: "2019-01-01" }) }, editor),
  GOV_ALREADY_ENDED: async ({ app, editor }) => {
    await post(app, CREATE, { input: board("board-walk-ended") }, editor);
    await post(app, `mutation { endEntity(id: "board-walk-ended", expectedVersion: 1, validTo: "2021-01-01") { id } }`, {}, editor);
    return post(app, `mutation { endEntity(id: "board-walk-ended", expectedVersion: 2, validTo: "2021-01-01") { id } }`, {}, editor);
  },
  GOV_IMPORT_INVALID: ({ app, editor }) =>
    post(app, `mutation ($content: String!) { importGraph(format: JSON, content: $content, dryRun: false) { committed } }`, { content: '{ "nodes": [] }' }, editor),
  GOV_CSRF_REQUIRED: (kit) =>
    withSession(kit, async (app, cookie) => {
      const response = await app.inject({ method: "POST", url: "/graphql", headers: { cookie, "content-type": "application/json" }, payload: { query: "{ me { name } }" } });
      expect(response.statusCode).toBe(403);
      return fromResponse(response.statusCode, response.body);
    }),
  GOV_SESSION_EXPIRED: (kit) =>
    withSession(kit, async (app, cookie) => {
      const out = await app.inject({ method: "POST", url: "/auth/sign-out", headers: { cookie } });
      expect(out.statusCode).toBe(204);
      // The old cookie replayed after sign-out.
      const response = await app.inject({ method: "POST", url: "/graphql", headers: { cookie, "x-graphql-yoga-csrf": "1", "content-type": "application/json" }, payload: { query: "{ me { name } }" } });
      const seen = fromResponse(response.statusCode, response.body);
      expect([seen.status, seen.message]).toEqual([401, expect.stringMatching(/signed out/)]);
      return seen;
    }),
  GOV_SIGN_IN_FAILED: async (kit) => {
    const service = `http://127.0.0.1:${await freePort()}`;
    const provider = await startTestIdentityProvider(service, {});
    const app = await appWith(kit, { SESSION_SECRET, OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: TEST_CLIENT_ID, OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET, PUBLIC_BASE_URL: service });
    try {
      // A callback with no sign-in under way in this browser.
      const seen = fromSignInRoute(await app.inject({ method: "GET", url: "/auth/callback?code=abc&state=xyz" }));
      expect([seen.status, seen.message]).toEqual([400, expect.stringMatching(/no sign-in was started/)]);
      return seen;
    } finally {
      await app.close();
      await provider.close();
    }
  },
  GOV_SIGN_IN_NOT_CONFIGURED: async ({ app }) => {
    const seen = fromSignInRoute(await app.inject({ method: "GET", url: "/auth/sign-in?returnTo=/" }));
    expect([seen.status, seen.message]).toEqual([404, expect.stringMatching(/OIDC_ISSUER/)]);
    return seen;
  },
  GOV_ONE_TIME_LINK_REFUSED: async (kit) => {
    const app = await appWith(kit, { SESSION_SECRET });
    try {
      const seen = fromSignInRoute(await app.inject({ method: "GET", url: `${ONE_TIME_LINK_PATH}not-a-code`, remoteAddress: "127.0.0.1" }));
      expect([seen.status, seen.message]).toEqual([403, expect.stringMatching(/not a link this service issued/)]);
      return seen;
    } finally {
      await app.close();
    }
  },
  GOV_DRAFT_TOO_LARGE: async (kit) => {
    const app = await appWith(kit, { DRAFT_MAX_BYTES: "2048" });
    try {
      const seen = await upload(kit, { name: "big.txt", type: "text/plain", bytes: new Uint8Array(Buffer.from("The Board meets monthly. ".repeat(200))) }, app);
      expect(seen.message).toMatch(/DRAFT_MAX_BYTES/);
      return seen;
    } finally {
      await app.close();
    }
  },
  GOV_DRAFT_UNSUPPORTED_TYPE: (kit) => upload(kit, { name: "picture.png", type: "image/png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) }),
  GOV_DRAFT_CORRUPT: (kit) => upload(kit, { name: "broken.pdf", type: "application/pdf", bytes: new Uint8Array(Buffer.from("%PDF-1.7\nthis is not a pdf at all")) }),
  GOV_DRAFT_ENCRYPTED: (kit) => upload(kit, { name: "locked.pdf", type: "application/pdf", bytes: makePdf(DRAFT_TEXT, { encrypted: true }) }),
  GOV_DRAFT_NO_TEXT_LAYER: (kit) => upload(kit, { name: "scan.pdf", type: "application/pdf", bytes: makePdf("", { scanned: true }) }),
  GOV_DRAFT_DECIDED: async ({ app, editor }) => {
    const drafted = await post(app, DRAFT, { text: DRAFT_TEXT, title: "Error Walk ToR" }, editor);
    const draft = (JSON.parse(drafted.raw) as { data?: { draftFromDocument?: { id: string; facts: { id: string }[] } } }).data?.draftFromDocument;
    const factId = draft?.facts[0]?.id;
    expect(factId, drafted.raw.slice(0, 500)).toBeDefined();
    const reject = `mutation ($draftId: ID!, $factIds: [ID!]!) { rejectDraftFacts(draftId: $draftId, factIds: $factIds) { id } }`;
    const first = await post(app, reject, { draftId: draft?.id, factIds: [factId] }, editor);
    expect(first.code, first.raw.slice(0, 500)).toBeUndefined();
    return post(app, reject, { draftId: draft?.id, factIds: [factId] }, editor);
  },
  GOV_MODERNGOV_HOST_REFUSED: async () => {
    const seen = await moderngov(null, { allowed: ["democracy.example.gov.uk"] });
    expect(seen.message).toMatch(/is not in MODERNGOV_HOSTS/);
    return seen;
  },
  GOV_MODERNGOV_UNREACHABLE: async () => moderngov(null, { baseUrl: `http://127.0.0.1:${await freePort()}/` }),
  GOV_MODERNGOV_HTTP_ERROR: async () => {
    const seen = await moderngov({ status: 404, body: "not here" });
    expect(seen.message).toMatch(/HTTP 404 from 127\.0\.0\.1:/);
    return seen;
  },
  GOV_MODERNGOV_TIMEOUT: async () => {
    const seen = await moderngov({ delayMs: 1500 }, { timeoutMs: 200 });
    expect(seen.message).toMatch(/no answer within 200 ms/);
    return seen;
  },
  GOV_MODERNGOV_BAD_ANSWER: () => moderngov({ status: 200, contentType: "text/html", body: "<!doctype html><html><body>Welcome</body></html>" }),
  GOV_ROUND_CLOSED: async ({ app, editor }) => {
    await post(app, CREATE, { input: board("board-walk-round") }, editor);
    const opened = await post(app, `mutation { openAssessmentRound(boardId: "board-walk-round", name: "Walk round", openedOn: "2026-01-01") { id } }`, {}, editor);
    const roundId = (JSON.parse(opened.raw) as { data?: { openAssessmentRound?: { id: string } } }).data?.openAssessmentRound?.id;
    expect(roundId, opened.raw.slice(0, 500)).toBeDefined();
    await post(app, `mutation ($roundId: ID!) { closeAssessmentRound(roundId: $roundId, closedOn: "2026-02-01") { id } }`, { roundId }, editor);
    return post(app, `mutation ($roundId: ID!) { closeAssessmentRound(roundId: $roundId, closedOn: "2026-03-01") { id } }`, { roundId }, editor);
  },
  GOV_PARTNER_LINK_REFUSED: (kit) =>
    withSession(kit, async (app) => {
      const response = await app.inject({ method: "POST", url: "/partner/session", headers: { "content-type": "application/json" }, payload: { link: "gpl_never-issued" } });
      expect(response.statusCode).toBe(401);
      return fromResponse(response.statusCode, response.body);
    }),
  GOV_QUERY_LIMIT_EXCEEDED: async ({ app }) => {
    const seen = await post(app, `{ documents { ${"file ".repeat(1000)} } }`);
    expect(seen.message).toMatch(/validation budget \(500,000 field comparisons\)/);
    return seen;
  },
  GOV_QUERY_INVALID: async ({ app }) => {
    const seen = await post(app, `query ($id: ID!) { entity(id: $id) { id } }`, { id: null });
    expect(seen.message).toMatch(/"\$id" of non-null type "ID!" must not be null/);
    return seen;
  },
  GOV_QUERY_TIMEOUT: async () => {
    const target = (await import("vitest")).inject("neo4j");
    const driver = createDriver(target, testLogger);
    const runner = createQueryRunner({
      driver,
      database: target.database,
      queries: loadQueryRegistry(QUERY_SOURCES.service, QUERY_SOURCES.test),
      rows: TEST_RUNNER_ROWS,
      logger: testLogger,
      transactionTimeoutMs: 300,
    });
    try {
      return await thrown(() => runner.read("test/count-for-long", { n: 200_000 }));
    } finally {
      await driver.close();
    }
  },
  GOV_RATE_LIMITED: async (kit) => {
    const app = await appWith(kit, { RATE_LIMIT_MAX: "1", RATE_LIMIT_WINDOW_MS: "60000" });
    try {
      await post(app, `{ __typename }`);
      const response = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: '{"query":"{ __typename }"}' });
      expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
      return fromResponse(response.statusCode, response.body);
    } finally {
      await app.close();
    }
  },
  GOV_BUSY: async (kit) => {
    const app = await appWith(kit, { GRAPHQL_MAX_EXPENSIVE_CONCURRENT: "1", GRAPHQL_EXPENSIVE_WAIT_MS: "0" });
    try {
      // Three requests at once: one takes the only slot, the others find it taken and are refused at once.
      const query = `{ reportingLines(area: "area-essex") { nodes { id } } }`;
      const answers = await Promise.all([1, 2, 3].map(() => post(app, query)));
      const busy = answers.find((answer) => answer.code === "GOV_BUSY");
      expect(busy, answers.map((answer) => answer.raw.slice(0, 200)).join("\n")).toBeDefined();
      return busy as Seen;
    } finally {
      await app.close();
    }
  },
  GOV_UNSUPPORTED_MEDIA_TYPE: async ({ app }) => {
    const response = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "text/plain" }, payload: "{ documents { file } }" });
    return fromResponse(response.statusCode, response.body);
  },
  GOV_ROUTE_NOT_FOUND: async ({ app }) => {
    const response = await app.inject({ method: "GET", url: "/no/such/page" });
    return fromResponse(response.statusCode, response.body);
  },
  GOV_BODY_TOO_LARGE: async ({ app }) => {
    const response = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: `{"query":"${"x".repeat(1_100_000)}"}` });
    return fromResponse(response.statusCode, response.body);
  },
};

/** For codes raised below HTTP (the runner, the seed parser): the error's own message and code. */
async function thrown(work: () => Promise<unknown>): Promise<Seen> {
  try {
    await work();
  } catch (error) {
    const e = error as { message?: unknown; code?: unknown; extensions?: { code?: unknown } };
    return { code: e.extensions?.code ?? e.code, message: e.message, raw: String(e.message) };
  }
  throw new Error("expected the trigger to throw");
}

describe("every documented error code", () => {
  const kit = {} as Kit;

  beforeAll(async () => {
    kit.db = await connectTestDatabase();
    await kit.db.wipe();
    await loadSeeds(kit.db.runner, testLogger);
    kit.app = await createAuthTestApp(kit.db.runner);
    kit.editor = await jwtHeaders("editor", "Wally Walker");
    kit.viewer = await jwtHeaders("viewer", "Vera Viewer");
  });
  afterAll(async () => {
    await kit.app?.close();
    await kit.db?.close();
  });

  it("has a trigger for each code in docs/errors.md, and the registry documents each", () => {
    expect(documented.filter((code) => !TRIGGERS[code])).toEqual([]);
    expect(Object.keys(ERRORS).filter((code) => !documented.includes(code as ErrorCode))).toEqual([]);
  });

  it.each(documented.filter((code) => TRIGGERS[code]))("%s: triggered, answered as JSON with its code and a message", async (code) => {
    const trigger = TRIGGERS[code];
    if (!trigger) throw new Error(`no trigger for ${code}`);
    const seen = await trigger(kit);
    expect(seen.code, seen.raw.slice(0, 500)).toBe(code);
    expect(typeof seen.message === "string" && seen.message.length > 10, seen.raw.slice(0, 500)).toBe(true);
    const status = httpStatusOf(code);
    // A code with a status answers the whole request with it, when it is the only error.
    if (seen.status !== undefined && status !== undefined && code !== "GOV_QUERY_INVALID") expect(seen.status).toBe(status);
  });
});
