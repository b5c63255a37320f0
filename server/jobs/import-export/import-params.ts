import type { SeedFile } from "../../domain/seed-file.ts";
import { seedParams } from "../../seed/seed-params.ts";

/** Leaves out what the file does not state, so that merging it keeps the stored value. */
function statedOnly(properties: Record<string, unknown>, aliasesStated: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    if (key === "searchText" || (key === "aliases" && !aliasesStated)) continue;
    out[key] = value;
  }
  return out;
}

/**
 * The seed loader's parameters for one file (server/seed/seed-params.ts), for
 * the same merge queries, with one difference: a file that gives no aliases
 * leaves the stored ones alone (a CSV without an aliases column must not erase
 * them), so the search text is recomputed after the merge, from the name and
 * aliases as they then stand.
 */
export function importParams(seed: SeedFile) {
  const params = seedParams(seed);
  return {
    ...params,
    statesWholeStructure: seed.document.wholeStructure !== undefined,
    nodes: params.nodes.map((node, index) => ({
      ...node,
      properties: statedOnly(node.properties, seed.nodes[index]?.aliases !== undefined),
    })),
    relationships: params.relationships.map((rel, index) =>
      index < seed.relationships.length ? { ...rel, properties: statedOnly(rel.properties, true) } : rel,
    ),
  };
}
