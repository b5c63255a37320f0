import { z } from "zod";
import { EntityRecord } from "../../domain/entity-record.ts";
import { statutoryEndOf } from "../../domain/model.ts";
import type { GapsAnswer } from "./answer-types.ts";
import { cycleEvidence } from "./chain-answer.ts";
import { inSources } from "./cite.ts";
import { type Gap, gapFor } from "./gap-messages.ts";
import { LineRecord } from "../../graph/relationship-record.ts";
import { toUpwardGraph, UpwardBodyRow, type UpwardGraph } from "./records.ts";
import { bodiesOnEveryRoute, distinctCycles, walkPaths } from "./walk-paths.ts";

/** The one row of oversight/accountability-in-area. */
export const AccountabilityRow = z.object({
  areaFound: z.boolean(),
  area: EntityRecord.nullable(),
  strategies: z.array(z.object({ strategy: EntityRecord, leadCount: z.number(), starts: z.array(LineRecord) })),
  boardIds: z.array(z.string()),
  overloadedPeople: z.array(z.object({ person: EntityRecord, leads: z.array(EntityRecord), chairs: z.array(EntityRecord) })),
  bodies: z.array(UpwardBodyRow),
});
export type AccountabilityRow = z.infer<typeof AccountabilityRow>;

/** Every cycle among the walked lines, found by walking up from each body in turn. */
function findCycles(graph: UpwardGraph): string[][] {
  const found = [...graph.lines.keys()].flatMap((id) => {
    const origin = { type: "ORIGIN", from: "", to: id, id: "", source: "", target: id, sources: [] } satisfies LineRecord;
    return walkPaths([origin], graph.lines).paths.filter((path) => path.end === "CYCLE").map((path) => path.cycle);
  });
  return distinctCycles(found);
}

/** Bodies through which every route of at least one strategy passes, with those strategies and the tops they would lose. */
function singlePointsOfFailure(row: AccountabilityRow, graph: UpwardGraph): Gap[] {
  const carried = new Map<string, { strategies: EntityRecord[]; tops: Map<string, EntityRecord> }>();
  for (const { strategy, starts } of row.strategies) {
    const { paths } = walkPaths(starts, graph.lines);
    for (const id of bodiesOnEveryRoute(paths)) {
      const entry = carried.get(id) ?? { strategies: [] as EntityRecord[], tops: new Map<string, EntityRecord>() };
      entry.strategies.push(strategy);
      for (const path of paths) {
        const top = path.end === "TOP" ? path.steps[path.steps.length - 1]?.to : undefined;
        const entity = top ? graph.entities.get(top) : undefined;
        if (entity) entry.tops.set(entity.id, entity);
      }
      carried.set(id, entry);
    }
  }
  const ranked = [...carried.entries()].sort((a, b) => b[1].strategies.length - a[1].strategies.length || a[0].localeCompare(b[0]));
  return ranked.flatMap(([id, { strategies, tops }]) => {
    const body = graph.entities.get(id);
    if (!body) return [];
    const chairs = graph.chairs.get(id) ?? [];
    const soleChair = chairs.length === 1 && chairs[0]?.label === "Person" ? [gapFor.soleChairOfSinglePoint(chairs[0], body, strategies)] : [];
    return [gapFor.singlePointOfFailure(body, strategies, [...tops.values()]), ...soleChair];
  });
}

/** Shapes the area's gaps from the query's answer; thresholds only word the overload messages. */
export function findGaps(row: AccountabilityRow, options: { asOf: string | null; leadThreshold: number; chairThreshold: number }): GapsAnswer {
  const graph = toUpwardGraph(row.bodies);
  const lacking = (type: string) => row.strategies.filter((s) => !s.starts.some((start) => start.type === type));
  const leadBodies = (starts: LineRecord[]) =>
    starts.filter((start) => start.type === "LEADS").flatMap((start) => graph.entities.get(start.to) ?? []);
  const boards = row.boardIds.flatMap((id) => graph.entities.get(id) ?? []);

  return {
    area: row.area,
    asOf: options.asOf,
    strategiesWithoutLead: row.strategies.filter((s) => s.leadCount === 0).map((s) => gapFor.noLead(s.strategy)),
    strategiesWithoutGovernanceRoute: lacking("GOVERNED_THROUGH").map((s) => gapFor.noGovernanceRoute(s.strategy, leadBodies(s.starts))),
    strategiesWithoutOversight: lacking("OVERSEEN_BY").map((s) => gapFor.noOversightBody(s.strategy)),
    bodiesWithoutUpwardLine: boards
      .filter((board) => (graph.lines.get(board.id) ?? []).length === 0 && !statutoryEndOf(board))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((board) => ({
        ...gapFor.noUpwardLine(board),
        message: `${board.name} has no upward accountability line${inSources(board.sources) ? ` (named${inSources(board.sources)})` : ""}`,
      })),
    cycles: findCycles(graph).map((cycle) =>
      gapFor.cycle(
        cycle.flatMap((id) => graph.entities.get(id) ?? []),
        cycleEvidence(cycle, graph),
      ),
    ),
    overloadedPeople: row.overloadedPeople.map((load) =>
      gapFor.overloadedPerson(load.person, load.leads, load.chairs, { lead: options.leadThreshold, chair: options.chairThreshold }),
    ),
    singlePointsOfFailure: singlePointsOfFailure(row, graph),
  };
}
