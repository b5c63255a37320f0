import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createAuthTestApp, jwtHeaders } from "./auth-headers.ts";
import { loadTestGraph } from "./editing-fixture.ts";
import { connectTestDatabase, type TestDatabase } from "./test-database.ts";

export interface EditingApp {
  db: TestDatabase;
  app: FastifyInstance;
  /** Headers that sign the requests in as an editor. */
  editor: Record<string, string>;
}

/**
 * Registers hooks for tests that write: one app with authentication for the
 * describe block, and before each test a wiped database holding only the small
 * test graph, so that no test sees another's edits. Read the fields inside tests.
 */
export function useEditingApp(editorName: string): EditingApp {
  const editing = {} as EditingApp;
  beforeAll(async () => {
    editing.db = await connectTestDatabase();
    editing.app = await createAuthTestApp(editing.db.runner);
  });
  beforeEach(async () => {
    await editing.db.wipe();
    await loadTestGraph(editing.db.runner);
    editing.editor = await jwtHeaders("editor", editorName);
  });
  afterAll(async () => {
    await editing.app?.close();
    await editing.db?.close();
  });
  return editing;
}
