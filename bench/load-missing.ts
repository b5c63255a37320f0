/**
 * Loads the synthetic councils a bench database still lacks, so that a run
 * with --keep (or a profile of kept data) never loads a council twice.
 */
import type { ServiceRows } from "../server/db/row-schemas.ts";
import type { BenchRows } from "./rows.ts";
import type { QueryRunner } from "../server/db/run-query.ts";
import { syntheticSeedSuffix } from "./synthetic/generate-council.ts";
import { type LoadReport, loadSynthetic } from "./synthetic/load-synthetic.ts";

export interface LoadMissingResult {
  /** Councils of this seed in the database before loading. */
  loadedBefore: number;
  load?: LoadReport;
}

export async function loadMissingCouncils(runner: QueryRunner<ServiceRows & BenchRows>, councils: number, seed: number, referenceDate: string): Promise<LoadMissingResult> {
  const [row] = await runner.read("bench/count-synthetic-councils", { seedSuffix: syntheticSeedSuffix(seed) });
  const loadedBefore = row?.councils ?? 0;
  if (loadedBefore >= councils) return { loadedBefore };
  // The two councils before the count are merged again in case an interrupted load left one of them half-way.
  const from = Math.max(1, loadedBefore - 1);
  const load = await loadSynthetic(runner, { from, to: councils, seed, referenceDate, progress: `Loading councils ${from} to ${councils}` });
  return { loadedBefore, load };
}
