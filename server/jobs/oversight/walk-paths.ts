import type { LineRecord } from "../../graph/relationship-record.ts";

/** Upward steps followed above a strategy's first body; the Cypher walk uses the same bound. */
export const MAX_UPWARD_STEPS = 15;
/** Routes one answer holds; more sets `truncated`. */
export const MAX_PATHS = 200;

export type PathEnd = "TOP" | "CYCLE" | "DEPTH_LIMIT";

export interface WalkedPath {
  /** The first step leaves the strategy; each later one leaves the previous step's body. */
  steps: LineRecord[];
  end: PathEnd;
  /** For a CYCLE end: the bodies of the cycle, from the repeated body round to the last one before it. */
  cycle: string[];
}

export interface WalkResult {
  paths: WalkedPath[];
  truncated: boolean;
}

/**
 * Every route from the first steps upward, depth first: a route ends at a body
 * with no upward line (TOP), at a body already on it (CYCLE: reported, never
 * followed round), or after MAX_UPWARD_STEPS (DEPTH_LIMIT).
 */
export function walkPaths(
  firstSteps: readonly LineRecord[],
  upward: ReadonlyMap<string, readonly LineRecord[]>,
  options: { maxSteps?: number; maxPaths?: number } = {},
): WalkResult {
  const maxSteps = options.maxSteps ?? MAX_UPWARD_STEPS;
  const maxPaths = options.maxPaths ?? MAX_PATHS;
  const paths: WalkedPath[] = [];
  let truncated = false;

  const visit = (steps: LineRecord[], onRoute: string[]): void => {
    if (paths.length >= maxPaths) {
      truncated = true;
      return;
    }
    const here = onRoute[onRoute.length - 1] as string;
    const above = upward.get(here) ?? [];
    if (above.length === 0) {
      paths.push({ steps, end: "TOP", cycle: [] });
      return;
    }
    if (steps.length > maxSteps) {
      paths.push({ steps, end: "DEPTH_LIMIT", cycle: [] });
      return;
    }
    for (const line of above) {
      const seenAt = onRoute.indexOf(line.to);
      if (seenAt >= 0) {
        if (paths.length >= maxPaths) truncated = true;
        else paths.push({ steps: [...steps, line], end: "CYCLE", cycle: onRoute.slice(Math.max(seenAt, 1)) });
        continue;
      }
      visit([...steps, line], [...onRoute, line.to]);
    }
  };

  for (const first of firstSteps) visit([first], [first.from, first.to]);
  return { paths, truncated };
}

/** One representative per cycle, whatever body it was entered at: rotated to start at its smallest id. */
export function distinctCycles(cycles: readonly (readonly string[])[]): string[][] {
  const seen = new Map<string, string[]>();
  for (const cycle of cycles) {
    if (cycle.length === 0) continue;
    const start = cycle.indexOf([...cycle].sort()[0] as string);
    const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
    seen.set(rotated.join(" "), rotated);
  }
  return [...seen.values()];
}

/** Bodies on every route of a strategy that reaches a top, the tops themselves excepted. */
export function bodiesOnEveryRoute(paths: readonly WalkedPath[]): string[] {
  const complete = paths.filter((path) => path.end === "TOP");
  if (complete.length === 0) return [];
  const below = complete.map((path) => new Set(path.steps.slice(0, -1).map((step) => step.to)));
  const [first, ...rest] = below;
  return [...(first ?? [])].filter((id) => rest.every((set) => set.has(id)));
}
