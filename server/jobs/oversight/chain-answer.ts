import { z } from "zod";
import { decodeSources, EntityRecord, type SourceRecord } from "../../domain/entity-record.ts";
import { lastEvidencedWords } from "../../domain/last-evidenced.ts";
import { statutoryEndOf } from "../../domain/model.ts";
import type { ChainAnswer, StepAnswer } from "./answer-types.ts";
import { type Gap, gapFor } from "./gap-messages.ts";
import { LineRecord } from "../../graph/relationship-record.ts";
import { LineWithEntity, toUpwardGraph, UpwardBodyRow, type UpwardGraph } from "./records.ts";
import { distinctCycles, MAX_UPWARD_STEPS, type WalkedPath, walkPaths } from "./walk-paths.ts";

/** The one row of oversight/trace-oversight-chain. */
export const StrategyOversightRow = z.object({
  strategy: EntityRecord,
  inForce: z.boolean(),
  leads: z.array(
    z.object({
      entity: EntityRecord,
      sources: z.array(z.string()).nullish(),
      roles: z.array(EntityRecord),
      organisations: z.array(EntityRecord),
    }),
  ),
  starts: z.array(LineRecord),
  approvals: z.array(LineWithEntity),
  bodies: z.array(UpwardBodyRow),
});
export type StrategyOversightRow = z.infer<typeof StrategyOversightRow>;

type Step = StepAnswer;

function stepOf(line: LineRecord, entity: EntityRecord, chairs: EntityRecord[]): Step {
  return {
    fromId: line.from,
    relationship: line.type,
    entity,
    chairs,
    validFrom: line.validFrom,
    validTo: line.validTo,
    description: line.description,
    ambiguity: line.ambiguity,
    sources: line.sources,
    statute: line.statute ?? null,
  };
}

function entityOf(graph: UpwardGraph, id: string): EntityRecord {
  const entity = graph.entities.get(id);
  // The walk returns every body it reaches; a missing one means the two queries disagree.
  if (!entity) throw new Error(`The upward walk did not return body ${id}`);
  return entity;
}

function noteFor(path: WalkedPath, last: EntityRecord): string {
  const statutory = statutoryEndOf(last);
  if (path.end === "TOP" && statutory) {
    const statute = path.steps[path.steps.length - 1]?.statute;
    return `Ends at ${last.name}, ${statutory}, where an accountability chain may end${statute ? ` (reached by statute: ${statute})` : ""}.`;
  }
  if (path.end === "TOP") return `Ends at ${last.name}, which has no upward accountability line.`;
  if (path.end === "CYCLE") return `Returns to ${last.name}, already on this route: a reporting cycle.`;
  return `Cut after ${MAX_UPWARD_STEPS} upward steps at ${last.name}; it may go higher.`;
}

/** Sources of the lines that close a cycle, for the gap's evidence. */
export function cycleEvidence(cycle: readonly string[], graph: UpwardGraph): SourceRecord[] {
  return cycle.flatMap((id, index) => {
    const next = cycle[(index + 1) % cycle.length];
    return (graph.lines.get(id) ?? []).filter((line) => line.to === next).flatMap((line) => line.sources);
  });
}

/** Routes and their gaps, as the chain and the area's gaps both word them. */
export function routeGaps(paths: readonly WalkedPath[], graph: UpwardGraph): { tops: EntityRecord[]; gaps: Gap[] } {
  const tops = new Map<string, EntityRecord>();
  const cut = new Map<string, EntityRecord>();
  for (const path of paths) {
    const lastId = path.steps[path.steps.length - 1]?.to as string;
    if (path.end === "TOP") tops.set(lastId, entityOf(graph, lastId));
    if (path.end === "DEPTH_LIMIT") cut.set(lastId, entityOf(graph, lastId));
  }
  const cycles = distinctCycles(paths.filter((path) => path.end === "CYCLE").map((path) => path.cycle));
  return {
    tops: [...tops.values()],
    gaps: [
      // A chain that ends at a council or a statutory body ends where it should: only the others are gaps.
      ...[...tops.values()].filter((top) => !statutoryEndOf(top)).map(gapFor.noUpwardLine),
      ...cycles.map((cycle) => gapFor.cycle(cycle.map((id) => entityOf(graph, id)), cycleEvidence(cycle, graph))),
      ...[...cut.values()].map(gapFor.depthLimit),
    ],
  };
}

/** Shapes the chain: leads, approvals, every route with its steps, the tops and the gaps in words. */
export function buildOversightChain(head: StrategyOversightRow, asOf: string | null): ChainAnswer {
  const { strategy } = head;
  const graph = toUpwardGraph(head.bodies);
  const walk = walkPaths(head.starts, graph.lines);
  const paths = walk.paths.map((path) => {
    const steps = path.steps.map((line) => stepOf(line, entityOf(graph, line.to), graph.chairs.get(line.to) ?? []));
    const last = steps[steps.length - 1]?.entity as EntityRecord;
    const end = path.end === "TOP" && statutoryEndOf(last) ? ("STATUTORY_BODY" as const) : path.end;
    // A route through a body a newer description no longer names says so: it may no longer hold.
    const stale = steps.flatMap((step) => (step.entity.lastEvidenced ? [`${step.entity.name} was ${lastEvidencedWords(step.entity.lastEvidenced)}`] : []));
    const note = stale.length > 0 ? `${noteFor(path, last)} ${stale.join("; ")}.` : noteFor(path, last);
    return { steps, end, note };
  });
  const routes = routeGaps(walk.paths, graph);
  const leadBodies = head.starts.filter((start) => start.type === "LEADS").map((start) => entityOf(graph, start.to));
  const has = (type: string) => head.starts.some((start) => start.type === type);

  const gaps: Gap[] = [
    ...(asOf && !head.inForce ? [gapFor.notInForce(strategy, asOf)] : []),
    ...(head.leads.length === 0 ? [gapFor.noLead(strategy)] : []),
    ...(has("GOVERNED_THROUGH") ? [] : [gapFor.noGovernanceRoute(strategy, leadBodies)]),
    ...(has("OVERSEEN_BY") ? [] : [gapFor.noOversightBody(strategy)]),
    ...routes.gaps,
  ];

  return {
    strategy,
    asOf,
    leads: head.leads.map((lead) => ({
      entity: lead.entity,
      roles: lead.roles,
      organisations: lead.organisations,
      sources: decodeSources(lead.sources),
    })),
    approvals: head.approvals.map((approval) => stepOf(approval.line, approval.entity, [])),
    paths,
    tops: routes.tops,
    gaps,
    truncated: walk.truncated,
  };
}
