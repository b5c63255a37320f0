import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { QueryRunner } from "../db/run-query.ts";
import { parseSeedFile, type SeedFile } from "../domain/seed-file.ts";
import type { Logger } from "../logger.ts";
import { seedParams } from "./seed-params.ts";
import { applyGraphRules } from "../graph/apply-graph-rules.ts";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface SeedCounts {
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

export function listSeedFiles(dir: string = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => join(dir, file));
}

/** Reads and validates a seed file; a SeedFileError names the file, line and path of each problem. */
export function readSeedFile(path: string): SeedFile {
  return parseSeedFile(readFileSync(path, "utf8"), relative(REPO_ROOT, path));
}

/** Writes one validated seed file in one transaction: all of it or, on any error, none of it. */
export async function writeSeedFile(runner: QueryRunner, seed: SeedFile): Promise<void> {
  const params = seedParams(seed);
  await runner.writeTransaction(async (tx) => {
    await tx.run("seed/merge-document", params.document);
    await tx.run("seed/mark-whole-structure", params.wholeStructure);
    const shared = { sourcePrefix: params.sourcePrefix, documentDate: params.documentDate };
    await tx.run("seed/merge-nodes", { ...shared, nodes: params.nodes });
    await tx.run("seed/merge-relationships", { ...shared, relationships: params.relationships });
    await tx.run("graph/sync-area-ids", { ids: params.nodes.map((node) => node.id) });
    // Every board, not only this file's: a council may arrive in a later file than its board.
    await applyGraphRules(tx, null);
  });
}

/**
 * Loads every seed file. All files are validated before anything is written,
 * so a broken file stops the load with nothing of it (or of the others) half-done.
 */
export async function loadSeeds(runner: QueryRunner, logger: Logger, files: string[] = listSeedFiles()): Promise<SeedCounts> {
  const seeds = files.map(readSeedFile);
  for (const seed of seeds) {
    await writeSeedFile(runner, seed);
    logger.info({ document: seed.document.file, nodes: seed.nodes.length, relationships: seed.relationships.length }, "Loaded seed file");
  }
  return countGraph(runner);
}

export async function countGraph(runner: QueryRunner): Promise<SeedCounts> {
  const labels = await runner.read("seed/count-labels");
  const types = await runner.read("seed/count-relationship-types");
  return {
    labels: Object.fromEntries(labels.map((row) => [row.label, row.count])),
    relationshipTypes: Object.fromEntries(types.map((row) => [row.type, row.count])),
  };
}

/** `npm start` seeds an empty database and leaves one that holds data alone. */
export async function seedIfEmpty(runner: QueryRunner, logger: Logger): Promise<void> {
  const [row] = await runner.read("seed/count-entities");
  if ((row?.count ?? 0) > 0) return;
  logger.info("Empty database: loading the seed documents");
  await loadSeeds(runner, logger);
}
