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
import type { QueryName, TestQueryName } from "../../server/generated/query-names.ts";
import { loadSeeds } from "../../server/seed/load-seeds.ts";
import { createAuthTestApp, jwtHeaders, TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "../support/test-database.ts";

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
    const runner = createQueryRunner({ driver, database: "neo4j", queries: loadQueryRegistry(), logger: testLogger });
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
    const runner = createQueryRunner<QueryName | TestQueryName>({
      driver,
      database: target.database,
      queries: loadQueryRegistry(QUERY_SOURCES.service, QUERY_SOURCES.test),
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
