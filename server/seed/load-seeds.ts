import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { QueryRunner } from "../db/run-query.ts";
import { parseSeedFile, type SeedFile } from "../domain/seed-file.ts";
import type { Logger } from "../logger.ts";
import { seedParams } from "./seed-params.ts";
import { applyGraphRules, boardsNearNodes } from "../graph/apply-graph-rules.ts";
import { storedWholeStructureAreas } from "../graph/last-evidenced.ts";

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

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const passed: T[] = [];
  const failed: T[] = [];
  for (const item of items) (test(item) ? passed : failed).push(item);
  return [passed, failed];
}

/**
 * A file's facts cite a few dozen sections between them, and each citation is a JSON text of
 * about a hundred bytes: sent once per fact, they were a third of what a first load sends to
 * Neo4j. The create queries take the distinct citations once and each fact's index into them.
 */
function byCitationIndex<T extends { source: string }>(facts: readonly T[]): { sources: string[]; items: (Omit<T, "source"> & { source: number })[] } {
  const indexOf = new Map<string, number>();
  const items = facts.map((fact) => {
    let index = indexOf.get(fact.source);
    if (index === undefined) {
      index = indexOf.size;
      indexOf.set(fact.source, index);
    }
    return { ...fact, source: index };
  });
  return { sources: [...indexOf.keys()], items };
}

/**
 * The nodes whose areaIds the graph rules must bring in step with their IN_AREA lines. Not a node
 * created just now whose only such lines are the ones drawn from its own stated areas, each an Area
 * this file creates too: create-nodes stored exactly that list, in that order, as sync-area-ids would
 * (the file's references are checked, so every one of those lines was created). On a first load
 * that is nearly every node, and the step was a tenth of the load's time in Neo4j.
 */
function nodesToSyncAreas(seed: SeedFile, nodes: readonly { id: string; label: string; properties: Record<string, unknown> }[], isNew: (id: string) => boolean): string[] {
  const createdAreas = new Set(nodes.filter((node) => node.label === "Area" && isNew(node.id)).map((node) => node.id));
  const statesAreaLines = new Set(seed.relationships.filter((rel) => rel.type === "IN_AREA").map((rel) => rel.from));
  const inStep = (node: (typeof nodes)[number]) => {
    const { areaIds } = node.properties;
    return (
      isNew(node.id) &&
      !statesAreaLines.has(node.id) &&
      // A stored single areaId (a prop of that name) is folded in by the sync; a node with no areas gets an empty list from it.
      !("areaId" in node.properties) &&
      Array.isArray(areaIds) &&
      areaIds.every((area) => createdAreas.has(String(area)))
    );
  };
  return nodes.filter((node) => !inStep(node)).map((node) => node.id);
}

/**
 * Writes one validated seed file in one transaction: all of it or, on any error, none of it.
 * Nodes the graph does not hold yet, and the lines that touch them, are created outright; the
 * rest are merged, so a rerun of the same file changes nothing. The graph rules are redrawn for
 * the boards the file can affect: those in its areas or below them (and its own boards).
 */
export async function writeSeedFile(runner: QueryRunner, seed: SeedFile): Promise<void> {
  const params = seedParams(seed);
  const ids = params.nodes.map((node) => node.id);
  await runner.writeTransaction(async (tx) => {
    const existing = new Set((await tx.run("seed/existing-ids", { ids })).map((row) => row.id));
    const unmarkedAreas = await storedWholeStructureAreas(tx, params.document.file);
    await tx.run("seed/merge-document", params.document);
    await tx.run("seed/mark-whole-structure", params.wholeStructure);
    const shared = { sourcePrefix: params.sourcePrefix, documentDate: params.documentDate };
    const isNew = (id: string) => !existing.has(id);
    // A round trip for an empty list is skipped: a first load has nothing to merge, a reload nothing to create.
    const [newNodes, heldNodes] = partition(params.nodes, (node) => isNew(node.id));
    if (newNodes.length > 0) {
      const { sources, items } = byCitationIndex(newNodes);
      await tx.run("seed/create-nodes", { documentDate: params.documentDate, sources, nodes: items });
    }
    if (heldNodes.length > 0) await tx.run("seed/merge-nodes", { ...shared, nodes: heldNodes });
    // A node created just now has no lines yet, so a line to or from one is new too.
    const [newLines, heldLines] = partition(params.relationships, (rel) => isNew(rel.from) || isNew(rel.to));
    if (newLines.length > 0) {
      const { sources, items } = byCitationIndex(newLines);
      await tx.run("seed/create-relationships", { documentDate: params.documentDate, sources, relationships: items });
    }
    if (heldLines.length > 0) await tx.run("seed/merge-relationships", { ...shared, relationships: heldLines });
    // Every board near the file's areas, councils and boards, not only this file's: a council may arrive in a later
    // file than its board. The areas a reload no longer marks as described whole count too: their boards' marks may clear.
    // The file's other nodes (people, strategies, ...) change no board's rules.
    const ruleNodes = params.nodes.filter((node) => ["Area", "Organisation", "Board"].includes(node.label)).map((node) => node.id);
    const boardIds = await boardsNearNodes(tx, [...ruleNodes, ...unmarkedAreas]);
    await applyGraphRules(tx, nodesToSyncAreas(seed, params.nodes, isNew), boardIds);
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
