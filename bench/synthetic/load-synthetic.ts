/**
 * Loads synthetic councils through the seed loader's own path: each council is
 * validated against the seed-file schema and written by writeSeedFile in one
 * transaction, so the benchmark measures the import real data goes through.
 * Two councils are written at once (they share no node, so they never wait
 * on each other's locks) while the next one is generated.
 */
import type { QueryRunner } from "../../server/db/run-query.ts";
import { SeedFile } from "../../server/domain/seed-file.ts";
import { createProgress } from "../../server/progress.ts";
import { writeSeedFile } from "../../server/seed/load-seeds.ts";
import { generateCouncil, type SyntheticOptions } from "./generate-council.ts";

export interface LoadSyntheticOptions extends SyntheticOptions {
  /** First council index (1-based), included. @default 1 */
  from?: number;
  /** Last council index, included. */
  to: number;
  /** Transactions in flight at once. @default 2 */
  concurrency?: number;
  /** Title of the progress bar; none when false. @default "Loading synthetic councils" */
  progress?: string | false;
}

export interface LoadReport {
  councils: number;
  nodes: number;
  relationships: number;
  /** Wall-clock time of the whole load, generation and validation included. */
  ms: number;
  /** Nodes plus relationships written per second of wall-clock time. */
  itemsPerSecond: number;
  /** Time spent generating and validating, on the Node side. */
  prepareMs: number;
}

export async function loadSynthetic(runner: QueryRunner, options: LoadSyntheticOptions): Promise<LoadReport> {
  const from = options.from ?? 1;
  const total = options.to - from + 1;
  const concurrency = options.concurrency ?? 2;
  const progress = options.progress === false ? undefined : createProgress(options.progress ?? "Loading synthetic councils");
  const started = performance.now();
  let nodes = 0;
  let relationships = 0;
  let prepareMs = 0;
  let done = 0;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;

  for (let index = from; index <= options.to; index++) {
    const prepared = performance.now();
    // The same validation every seed file gets before the loader writes it.
    const seed = SeedFile.parse(generateCouncil(index, options));
    prepareMs += performance.now() - prepared;
    const items = { nodes: seed.nodes.length, relationships: seed.relationships.length + seed.nodes.filter((node) => node.area).length };
    const write: Promise<void> = writeSeedFile(runner, seed).then(() => {
      inFlight.delete(write);
      nodes += items.nodes;
      relationships += items.relationships;
      done++;
      const seconds = (performance.now() - started) / 1000;
      progress?.update(`${done}/${total} councils, ${Math.round((nodes + relationships) / seconds).toLocaleString("en-GB")} nodes+relationships/s`, done / total);
    }, (error: unknown) => {
      inFlight.delete(write);
      failure ??= error;
    });
    inFlight.add(write);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) break;
  }
  await Promise.all(inFlight);
  if (failure) {
    progress?.done("failed");
    throw failure;
  }
  const ms = performance.now() - started;
  progress?.done(`${done} councils, ${nodes.toLocaleString("en-GB")} nodes and ${relationships.toLocaleString("en-GB")} relationships in ${(ms / 1000).toFixed(1)}s`);
  return { councils: done, nodes, relationships, ms, itemsPerSecond: ((nodes + relationships) * 1000) / ms, prepareMs };
}
