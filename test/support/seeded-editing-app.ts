import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { loadSeeds } from "../../server/seed/load-seeds.ts";
import { createAuthTestApp, jwtHeaders } from "./auth-headers.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "./test-database.ts";

/** The seeded graph behind an app with sign-in, and an editor's headers; fields are set in beforeAll. */
export function useEditingAppOverSeeds(): { db: TestDatabase; app: FastifyInstance; editor: Record<string, string> } {
  const seeded = {} as { db: TestDatabase; app: FastifyInstance; editor: Record<string, string> };
  beforeAll(async () => {
    seeded.db = await connectTestDatabase();
    await seeded.db.wipe();
    await loadSeeds(seeded.db.runner, testLogger);
    seeded.app = await createAuthTestApp(seeded.db.runner);
    seeded.editor = await jwtHeaders("editor", "Review Editor");
  });
  afterAll(async () => {
    await seeded.app?.close();
    await seeded.db?.close();
  });
  return seeded;
}
