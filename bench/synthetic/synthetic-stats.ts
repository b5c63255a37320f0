/**
 * What a synthetic council holds on its reference date: counts, the share of
 * strategies without lead, governance route or oversight, the share of bodies
 * without an upward line, and the accountability cycles. Tests check the
 * generator against these, and the bench prints them beside its figures.
 */
import type { SeedFile } from "../../server/domain/seed-file.ts";

export interface SyntheticStats {
  nodes: number;
  /** Including the IN_AREA line the loader adds for each node's area. */
  relationships: number;
  bodies: number;
  people: number;
  strategies: number;
  strategiesWithoutLead: number;
  strategiesWithoutRoute: number;
  strategiesWithoutOversight: number;
  /** Current bodies other than the top ones (HWB, cabinet, scrutiny) with no ACCOUNTABLE_TO or REPORTS_TO line. */
  bodiesWithoutUpwardLine: number;
  /** Strongly connected groups of two or more bodies along upward lines. */
  cycles: number;
  termsOfReferenceMissing: number;
  termsOfReferenceOverdue: number;
}

const TOP_KINDS = new Set(["HEALTH_AND_WELLBEING_BOARD", "CABINET_OR_COMMITTEE", "SCRUTINY_COMMITTEE"]);
const UPWARD = new Set(["ACCOUNTABLE_TO", "REPORTS_TO"]);

function inForce(fact: { validFrom?: string; validTo?: string }, date: string): boolean {
  return (fact.validFrom === undefined || fact.validFrom <= date) && (fact.validTo === undefined || fact.validTo > date);
}

export function describeSynthetic(seed: SeedFile, date = seed.document.date): SyntheticStats {
  const current = seed.nodes.filter((node) => inForce(node, date));
  const currentIds = new Set(current.map((node) => node.id));
  const lines = seed.relationships.filter((rel) => inForce(rel, date) && currentIds.has(rel.from) && currentIds.has(rel.to));
  const outgoing = (type: string | Set<string>) => {
    const from = new Set<string>();
    for (const rel of lines) if (typeof type === "string" ? rel.type === type : type.has(rel.type)) from.add(rel.from);
    return from;
  };
  const incomingLeads = new Set(lines.filter((rel) => rel.type === "LEADS").map((rel) => rel.to));
  const routed = outgoing("GOVERNED_THROUGH");
  const overseen = outgoing("OVERSEEN_BY");
  const upward = outgoing(UPWARD);
  const strategies = current.filter((node) => node.label === "Strategy");
  const bodies = current.filter((node) => node.label === "Board");
  const withTerms = outgoing("HAS_TERMS_OF_REFERENCE");
  const overdue = current.filter((node) => node.label === "TermsOfReference" && typeof node.props?.reviewDue === "string" && node.props.reviewDue < date);

  return {
    nodes: seed.nodes.length,
    relationships: seed.relationships.length + seed.nodes.filter((node) => node.area !== undefined).length,
    bodies: bodies.length,
    people: current.filter((node) => node.label === "Person").length,
    strategies: strategies.length,
    strategiesWithoutLead: strategies.filter((s) => !incomingLeads.has(s.id)).length,
    strategiesWithoutRoute: strategies.filter((s) => !routed.has(s.id)).length,
    strategiesWithoutOversight: strategies.filter((s) => !overseen.has(s.id)).length,
    bodiesWithoutUpwardLine: bodies.filter((body) => !TOP_KINDS.has(body.kind ?? "") && !upward.has(body.id)).length,
    cycles: countCycles(lines.filter((rel) => UPWARD.has(rel.type))),
    termsOfReferenceMissing: bodies.filter((body) => !withTerms.has(body.id)).length,
    termsOfReferenceOverdue: overdue.length,
  };
}

/** Tarjan's strongly connected components; each component of two or more nodes is one cycle. */
function countCycles(edges: { from: string; to: string }[]): number {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  let cycles = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) as number, low.get(to) as number));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node) as number, index.get(to) as number));
    }
    if (low.get(node) === index.get(node)) {
      let size = 0;
      let top: string | undefined;
      do {
        top = stack.pop() as string;
        onStack.delete(top);
        size++;
      } while (top !== node);
      if (size > 1) cycles++;
    }
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
