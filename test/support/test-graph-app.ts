import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { createAuthTestApp } from "./auth-headers.ts";
import { loadTestGraph } from "./editing-fixture.ts";
import { connectTestDatabase, type TestDatabase } from "./test-database.ts";

/** The small test graph behind an app with sign-in, shared by a describe block. */
export interface TestGraphApp {
  db: TestDatabase;
  app: FastifyInstance;
}

/**
 * Registers hooks that wipe the database once, load the small test graph, build an
 * app with sign-in (and any other settings) over it, and close both afterwards. The
 * tests share the graph; those that must not see another's edits want useEditingApp.
 * Read the fields inside tests: they are set in beforeAll.
 */
export function useTestGraphApp(env: Record<string, string> = {}): TestGraphApp {
  const graph = {} as TestGraphApp;
  beforeAll(async () => {
    graph.db = await connectTestDatabase();
    await graph.db.wipe();
    await loadTestGraph(graph.db.runner);
    graph.app = await createAuthTestApp(graph.db.runner, env);
  });
  afterAll(async () => {
    await graph.app?.close();
    await graph.db?.close();
  });
  return graph;
}
