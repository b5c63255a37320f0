import type { EntityRecord, SourceRecord } from "../../domain/entity-record.ts";
import type { OversightGapKind } from "../../generated/graphql.ts";
import type { GapAnswer } from "./answer-types.ts";
import { inSources } from "./cite.ts";
import { MAX_UPWARD_STEPS } from "./walk-paths.ts";

export type Gap = GapAnswer;

function gap(kind: OversightGapKind, message: string, entity: EntityRecord | null, evidence: SourceRecord[], related: EntityRecord[] = []): Gap {
  return { kind, message, entity, related, evidence };
}

/** Gaps are written for people, not parsers: each says what is missing and which document shows it. */
export const gapFor = {
  notInForce(strategy: EntityRecord, asOf: string): Gap {
    const span = strategy.validTo ? `from ${strategy.validFrom ?? "an unknown date"} to ${strategy.validTo}` : `from ${strategy.validFrom ?? "an unknown date"}`;
    return gap("NOT_IN_FORCE", `${strategy.name} was not in force on ${asOf}: the documents date it ${span}`, strategy, strategy.sources);
  },
  noLead(strategy: EntityRecord): Gap {
    return gap("NO_LEAD", `No named lead for ${strategy.name}${inSources(strategy.sources)}`, strategy, strategy.sources);
  },
  noGovernanceRoute(strategy: EntityRecord, leadBodies: EntityRecord[]): Gap {
    const instead = leadBodies.length > 0 ? `; its routes follow its lead body ${names(leadBodies)}` : "";
    return gap("NO_GOVERNANCE_ROUTE", `No governance and reporting route for ${strategy.name}${inSources(strategy.sources)}${instead}`, strategy, strategy.sources, leadBodies);
  },
  noOversightBody(strategy: EntityRecord): Gap {
    return gap("NO_OVERSIGHT_BODY", `No oversight body for ${strategy.name}${inSources(strategy.sources)}`, strategy, strategy.sources);
  },
  noUpwardLine(body: EntityRecord): Gap {
    return gap("NO_UPWARD_LINE", `The chain stops at ${body.name}, which has no upward accountability line`, body, body.sources);
  },
  cycle(bodies: EntityRecord[], evidence: SourceRecord[]): Gap {
    const round = [...bodies, bodies[0]].map((body) => body?.name).join(" → ");
    return gap("CYCLE", `Reporting cycle: ${round}; the route is not followed round it again`, bodies[0] ?? null, evidence, bodies);
  },
  depthLimit(body: EntityRecord): Gap {
    return gap("DEPTH_LIMIT", `The route is cut after ${MAX_UPWARD_STEPS} upward steps at ${body.name}; it may go higher`, body, body.sources);
  },
  overloadedPerson(person: EntityRecord, leads: EntityRecord[], chairs: EntityRecord[], thresholds: { lead: number; chair: number }): Gap {
    const parts = [
      leads.length > thresholds.lead ? `leads ${leads.length} strategies (more than ${thresholds.lead})` : "",
      chairs.length > thresholds.chair ? `chairs ${chairs.length} bodies (more than ${thresholds.chair})` : "",
    ].filter(Boolean);
    return gap("OVERLOADED_PERSON", `${person.name} ${parts.join(" and ")}`, person, person.sources, [...leads, ...chairs]);
  },
  singlePointOfFailure(body: EntityRecord, strategies: EntityRecord[], tops: EntityRecord[]): Gap {
    const cut = tops.length > 0 ? `; without it they have no line to ${names(tops)}` : "";
    return gap("SINGLE_POINT_OF_FAILURE", `Every accountability route of ${countOf(strategies)} passes through ${body.name}${cut}`, body, body.sources, strategies);
  },
  soleChairOfSinglePoint(chair: EntityRecord, body: EntityRecord, strategies: EntityRecord[]): Gap {
    const message = `${chair.name} is the only recorded chair of ${body.name}, through which every accountability route of ${countOf(strategies)} passes`;
    return gap("SINGLE_POINT_OF_FAILURE", message, chair, chair.sources, [body, ...strategies]);
  },
};

function countOf(strategies: readonly EntityRecord[]): string {
  return strategies.length === 1 ? "1 strategy" : `${strategies.length} strategies`;
}

/** "A", "A and B", "A, B and C". */
export function names(entities: readonly EntityRecord[]): string {
  const all = entities.map((entity) => entity.name);
  if (all.length <= 1) return all.join("");
  return `${all.slice(0, -1).join(", ")} and ${all[all.length - 1]}`;
}
