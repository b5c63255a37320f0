import type { ElementDefinition } from "cytoscape";
import { type EdgeBrief, type EntityBrief, edgeElement, nodeElement } from "./element-data.ts";

/** The part of a `reportingLines` answer a diagram draws. */
export interface GraphViewInput {
  nodes: readonly EntityBrief[];
  edges: readonly EdgeBrief[];
}

/** What a reporting-line diagram leaves out. */
export interface ReportingLinesOptions {
  /** Only nodes of these labels (all when omitted). */
  labels?: ReadonlySet<string>;
  /** Nodes of these labels are drawn even with no line: a board with no line is itself worth seeing. @default Board */
  keepIsolated?: ReadonlySet<string>;
  /** Ids always drawn, e.g. the node a view is centred on. */
  keep?: ReadonlySet<string>;
}

const BOARDS: ReadonlySet<string> = new Set(["Board"]);

/**
 * Elements of a reporting-line diagram: one node per entity (each once), one
 * edge per line whose two ends are both drawn (a view cut at its node limit
 * can name an end it does not hold). Nodes of other labels than those asked
 * for, and nodes left with no line, are left out.
 */
export function reportingLinesElements(view: GraphViewInput, options: ReportingLinesOptions = {}): ElementDefinition[] {
  const keep = options.keep ?? new Set<string>();
  const keepIsolated = options.keepIsolated ?? BOARDS;
  const wanted = new Map<string, EntityBrief>();
  for (const entity of view.nodes) {
    if (wanted.has(entity.id)) continue;
    if (options.labels && !options.labels.has(entity.label) && !keep.has(entity.id)) continue;
    wanted.set(entity.id, entity);
  }
  const edges = new Map<string, ElementDefinition>();
  const linked = new Set<string>();
  for (const edge of view.edges) {
    if (!wanted.has(edge.source) || !wanted.has(edge.target) || edges.has(edge.id)) continue;
    edges.set(edge.id, edgeElement(edge));
    linked.add(edge.source).add(edge.target);
  }
  const nodes = [...wanted.values()]
    .filter((entity) => linked.has(entity.id) || keep.has(entity.id) || keepIsolated.has(entity.label))
    .map((entity) => nodeElement(entity));
  return [...nodes, ...edges.values()];
}
