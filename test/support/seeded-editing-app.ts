import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { loadSeeds } from "../../server/seed/load-seeds.ts";
import { createAuthTestApp, jwtHeaders } from "./auth-headers.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "./test-database.ts";

/** The seeded graph behind an app with sign-in, and the headers of an editor of that name. */
export interface EditingAppOverSeeds {
  db: TestDatabase;
  app: FastifyInstance;
  /** Headers that sign the requests in as the editor. */
  editor: Record<string, string>;
}

/**
 * Registers hooks that give a describe block one wiped database holding the seed
 * documents, an app with sign-in over it and an editor's headers, and close both
 * afterwards. The tests share the database, so those that write must leave what the
 * others read. Read the fields inside tests: they are set in beforeAll.
 */
export function useEditingAppOverSeeds(editorName = "Review Editor"): EditingAppOverSeeds {
  const seeded = {} as EditingAppOverSeeds;
  beforeAll(async () => {
    seeded.db = await connectTestDatabase();
    await seeded.db.wipe();
    await loadSeeds(seeded.db.runner, testLogger);
    seeded.app = await createAuthTestApp(seeded.db.runner);
    seeded.editor = await jwtHeaders("editor", editorName);
  });
  afterAll(async () => {
    await seeded.app?.close();
    await seeded.db?.close();
  });
  return seeded;
}
