/**
 * The figures of a bench run in a flat shape a script can read without
 * knowing the bench's internals: one row per operation and scale.
 */
import type { ScaleResult } from "./report.ts";

/** One operation measured at one scale; null where a figure was not measured. */
export interface LatestOperation {
  name: string;
  councils: number;
  graphqlMedianMs: number | null;
  graphqlP95Ms: number | null;
  cypherMedianMs: number | null;
  cypherP95Ms: number | null;
  /** GraphQL median over Cypher median. */
  ratio: number | null;
  failed: boolean;
}

export interface LatestResults {
  startedAt: string;
  command: string;
  operations: LatestOperation[];
}

// JSON has no NaN or Infinity; an unmeasured figure is null.
const figure = (value: number): number | null => (Number.isFinite(value) ? value : null);

/** Builds the contents of bench/results/latest.json from the measured scales. */
export function buildLatestResults(run: { startedAt: string; command: string }, scales: readonly ScaleResult[]): LatestResults {
  const operations = scales.flatMap((scale) =>
    scale.operations.map((op): LatestOperation => {
      const failed = op.graphql.n === 0;
      const raw = op.baseline || op.raw.n === 0;
      return {
        name: op.name,
        councils: scale.councils,
        graphqlMedianMs: failed ? null : figure(op.graphql.median),
        graphqlP95Ms: failed ? null : figure(op.graphql.p95),
        cypherMedianMs: raw ? null : figure(op.raw.median),
        cypherP95Ms: raw ? null : figure(op.raw.p95),
        ratio: failed || raw ? null : figure(op.ratio),
        failed,
      };
    }),
  );
  return { startedAt: run.startedAt, command: run.command, operations };
}
