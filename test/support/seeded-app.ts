import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { parseSeedFile } from "../../server/domain/seed-file.ts";
import { loadSeeds, writeSeedFile } from "../../server/seed/load-seeds.ts";
import { createTestApp } from "./test-app.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "./test-database.ts";

export interface SeededApp {
  db: TestDatabase;
  app: FastifyInstance;
}

/** A small graph of a test's own, in the seed format, loaded after the five documents. */
export interface ExtraSeed {
  text: string;
  name: string;
}

/**
 * Registers hooks that give a describe block the app over a freshly wiped
 * database holding the seed documents (and any extra graphs), and close both
 * afterwards. Read the fields inside tests: they are set in beforeAll.
 */
export function useSeededApp(...extra: ExtraSeed[]): SeededApp {
  const seeded = {} as SeededApp;
  beforeAll(async () => {
    seeded.db = await connectTestDatabase();
    await seeded.db.wipe();
    await loadSeeds(seeded.db.runner, testLogger);
    for (const seed of extra) await writeSeedFile(seeded.db.runner, parseSeedFile(seed.text, seed.name));
    seeded.app = await createTestApp(seeded.db.runner);
  });
  afterAll(async () => {
    await seeded.app?.close();
    await seeded.db?.close();
  });
  return seeded;
}
