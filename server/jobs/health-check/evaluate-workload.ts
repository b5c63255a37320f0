/** Rules on what the board carries: its strategies, and the load on its chair. */
import { z } from "zod";
import { EntityRecord } from "../../domain/entity-record.ts";
import type { RagStatus } from "../../generated/graphql.ts";
import { EdgeRecord } from "../../graph/relationship-record.ts";
import { count, type Evidence, evidence, Linked, outcome, type RuleContext, type RuleOutcome, worst } from "./rule-kit.ts";

export const StrategiesRow = z.object({
  strategies: z.array(z.object({ strategy: EntityRecord, links: z.array(EdgeRecord), leads: z.array(Linked), routes: z.array(Linked) })),
});

export function evaluateStrategies(row: unknown, { board }: RuleContext): RuleOutcome {
  const { strategies } = StrategiesRow.parse(row);
  if (strategies.length === 0) return outcome("NOT_APPLICABLE", `${board.name} governs, oversees or leads no strategy in the graph.`);
  const found: Evidence[] = [];
  let incomplete = 0;
  for (const { strategy, links, leads, routes } of strategies) {
    const lacks = [...(leads.length === 0 ? ["lead"] : []), ...(routes.length === 0 ? ["governance route"] : [])];
    const link = links[0] ?? null;
    if (lacks.length > 0) {
      incomplete += 1;
      found.push(evidence(`${strategy.name} has no ${lacks.join(" and no ")}.`, strategy, link));
    } else {
      const by = leads.map((lead) => lead.entity.name).join("; ");
      const through = routes.map((route) => route.entity.name).join("; ");
      found.push(evidence(`${strategy.name}: led by ${by}; governed through ${through}.`, strategy, link));
    }
  }
  const total = strategies.length;
  if (incomplete === 0) return outcome("GREEN", `All ${count(total, "strategy", "strategies")} have a lead and a governance route.`, found);
  const status = incomplete * 2 >= total ? "RED" : "AMBER";
  return outcome(status, `${incomplete} of ${count(total, "strategy", "strategies")} lack a lead or a governance route.`, found);
}

/** Boards one person can chair, and strategies one can lead, before the load is a risk. */
export const CHAIR_LOAD = { boards: { amber: 3, red: 4 }, strategies: { amber: 5, red: 8 } } as const;

export const LoadRow = z.object({ chairs: z.array(z.object({ chair: EntityRecord, boards: z.array(Linked), strategies: z.array(Linked) })) });

function distinct(linked: Linked[]): Linked[] {
  return [...new Map(linked.map((item) => [item.entity.id, item])).values()];
}

function level(n: number, limits: { amber: number; red: number }): RagStatus {
  return n >= limits.red ? "RED" : n >= limits.amber ? "AMBER" : "GREEN";
}

export function evaluateChairLoad(row: unknown, { board }: RuleContext): RuleOutcome {
  const { chairs } = LoadRow.parse(row);
  if (chairs.length === 0) return outcome("NOT_APPLICABLE", `No chair of ${board.name} is recorded (see has-chair).`);
  const found: Evidence[] = [];
  const statuses: RagStatus[] = [];
  const lines: string[] = [];
  for (const { chair, boards, strategies } of chairs) {
    const chaired = distinct(boards);
    const led = distinct(strategies);
    statuses.push(level(chaired.length, CHAIR_LOAD.boards), level(led.length, CHAIR_LOAD.strategies));
    lines.push(`${chair.name} chairs ${count(chaired.length, "board")} and leads ${count(led.length, "strategy", "strategies")}`);
    for (const { entity, edge } of chaired) found.push(evidence(`${chair.name} chairs ${entity.name}.`, entity, edge));
    for (const { entity, edge } of led) found.push(evidence(`${chair.name} leads ${entity.name}.`, entity, edge));
  }
  const limits = `(amber from ${CHAIR_LOAD.boards.amber} boards or ${CHAIR_LOAD.strategies.amber} strategies, red from ${CHAIR_LOAD.boards.red} or ${CHAIR_LOAD.strategies.red})`;
  return outcome(worst(statuses), `${lines.join("; ")} ${limits}.`, found);
}
