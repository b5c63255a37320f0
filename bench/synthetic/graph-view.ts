/**
 * Synthetic graphs of an exact size for render benchmarks: whole councils in
 * order, the last one cut, bodies and strategies kept before people, as a
 * `reportingLines` answer would carry them (nodes with id, name, label, kind,
 * area and dates; edges with id, type, ends and dates). Pure data: usable in
 * the browser build as well as in Node.
 */
import type { SeedNode, SeedRelationship } from "../../server/domain/seed-file.ts";
import { generateCouncil, type SyntheticOptions } from "./generate-council.ts";

export interface SyntheticViewNode {
  id: string;
  name: string;
  label: string;
  kind: string | null;
  areaId: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface SyntheticViewEdge {
  /** `type:from->to`, as GraphEdge ids are built. */
  id: string;
  type: string;
  source: string;
  target: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface SyntheticView {
  nodes: SyntheticViewNode[];
  edges: SyntheticViewEdge[];
}

/** The order in which a cut council keeps its nodes: what a governance diagram shows first. */
const KEEP_ORDER = ["Area", "Board", "Organisation", "Strategy", "Role", "TermsOfReference", "HealthCheck", "Priority", "Person"];

/** Exactly `count` nodes of seed-format data (fewer never: more councils are generated as needed). */
export function syntheticSeedGraph(count: number, options: SyntheticOptions = {}): { nodes: SeedNode[]; relationships: SeedRelationship[] } {
  const nodes: SeedNode[] = [];
  const relationships: SeedRelationship[] = [];
  for (let index = 1; nodes.length < count; index++) {
    const council = generateCouncil(index, options);
    const rank = (node: SeedNode) => KEEP_ORDER.indexOf(node.label);
    const kept = [...council.nodes].sort((a, b) => rank(a) - rank(b)).slice(0, count - nodes.length);
    const ids = new Set(kept.map((node) => node.id));
    nodes.push(...kept);
    relationships.push(...council.relationships.filter((rel) => ids.has(rel.from) && ids.has(rel.to)));
  }
  return { nodes, relationships };
}

/** Exactly `count` nodes, shaped as a reportingLines answer, for drawing. */
export function syntheticGraphView(count: number, options: SyntheticOptions = {}): SyntheticView {
  const { nodes, relationships } = syntheticSeedGraph(count, options);
  return {
    nodes: nodes.map((node) => ({
      id: node.id,
      name: node.name,
      label: node.label,
      kind: node.kind ?? null,
      areaId: node.area ?? null,
      validFrom: node.validFrom ?? null,
      validTo: node.validTo ?? null,
    })),
    edges: relationships.map((rel) => ({
      id: `${rel.type}:${rel.from}->${rel.to}`,
      type: rel.type,
      source: rel.from,
      target: rel.to,
      validFrom: rel.validFrom ?? null,
      validTo: rel.validTo ?? null,
    })),
  };
}
