import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../server/db/create-driver.ts";
import { migrate } from "../../server/db/migrate.ts";
import { loadQueryRegistry } from "../../server/db/query-registry.ts";
import { createQueryRunner } from "../../server/db/run-query.ts";
import { SERVICE_ROWS } from "../../server/row-registry.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "../support/test-database.ts";
import { createTestApp, graphql } from "../support/test-app.ts";

describe("foundation: a real Neo4j behind /health and /graphql", () => {
  let db: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.wipe();
    app = await createTestApp(db.runner);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it("applies each migration once and records it", async () => {
    const again = await migrate(db.runner, testLogger);
    expect(again).toEqual([]);
    const applied = await db.runner.read("schema/applied-migrations");
    expect(applied.map((row) => row.id)).toContain("0001-constraints-and-indexes");
  });

  it("reports a reachable database with 200", async () => {
    const response = await app.inject({ method: "GET", url: "/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "ok", database: "reachable" });
  });

  it("answers GraphQL from the graph", async () => {
    await db.runner.write("seed/merge-document", { file: "x.txt", title: "A test document", date: "2016-05-17", dateNote: null });
    const answer = await graphql<{ documents: { file: string; title: string; date: string }[] }>(
      app,
      /* GraphQL */ `{ documents { file title date } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.documents).toEqual([{ file: "x.txt", title: "A test document", date: "2016-05-17" }]);
  });

  it("refuses a bad date at the edge with a coded error", async () => {
    const answer = await graphql(app, /* GraphQL */ `{ entities(asOf: "2016-02-30") { id } }`);
    expect(answer.errors?.[0]?.extensions?.code).toBe("GOV_INPUT_INVALID");
  });

  it("reports an unreachable database with 503 and the reason, and keeps serving", async () => {
    const deadDriver = createDriver({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x", database: "neo4j" }, testLogger);
    const deadRunner = createQueryRunner({ driver: deadDriver, database: "neo4j", queries: loadQueryRegistry(), rows: SERVICE_ROWS, logger: testLogger });
    const deadApp = await createTestApp(deadRunner);
    try {
      const response = await deadApp.inject({ method: "GET", url: "/health" });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: "unavailable" });
      expect(response.json().reason).toMatch(/unavailable|connect|ECONNREFUSED/i);
      const again = await deadApp.inject({ method: "GET", url: "/health" });
      expect(again.statusCode).toBe(503);
    } finally {
      await deadApp.close();
      await deadDriver.close();
    }
  });
});
