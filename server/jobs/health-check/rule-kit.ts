/** What a health-check rule is, and the small pieces its evaluation shares. */
import { z } from "zod";
import { EntityRecord } from "../../domain/entity-record.ts";
import type { RagStatus } from "../../generated/graphql.ts";
import type { QueryName } from "../../generated/query-names.ts";
import { EdgeRecord } from "../../graph/relationship-record.ts";

export interface Evidence {
  note: string;
  entity: EntityRecord | null;
  edge: EdgeRecord | null;
}

export interface RuleOutcome {
  status: RagStatus;
  reason: string;
  evidence: Evidence[];
}

export interface RuleContext {
  board: EntityRecord;
  asOf: string;
}

/**
 * One rule of the health check. `query` names the .cypher file that gives its
 * single row, run with $boardId and $asOf; rules may share a query, which then
 * runs once.
 */
export interface HealthCheckRule {
  id: string;
  title: string;
  /** What the rule checks, one sentence. */
  description: string;
  /** Board kinds the rule applies to; empty for every board. */
  appliesTo: readonly string[];
  query: QueryName;
  evaluate(row: unknown, context: RuleContext): RuleOutcome;
}

/** An entity with the relationship that brings it into the rule, as a query projects them. */
export const Linked = z.object({ entity: EntityRecord, edge: EdgeRecord });
export type Linked = z.infer<typeof Linked>;

/** The rule as the schema's HealthCheckRule shows it. */
export function ruleInfo(rule: HealthCheckRule) {
  return { id: rule.id, title: rule.title, description: rule.description, appliesTo: [...rule.appliesTo] };
}

export function evidence(note: string, entity: EntityRecord | null = null, edge: EdgeRecord | null = null): Evidence {
  return { note, entity, edge };
}

export function outcome(status: RagStatus, reason: string, found: Evidence[] = []): RuleOutcome {
  return { status, reason, evidence: found };
}

const SEVERITY: Record<RagStatus, number> = { NOT_APPLICABLE: 0, GREEN: 1, AMBER: 2, RED: 3 };

/** The worse of the statuses; NOT_APPLICABLE only when nothing else is given. */
export function worst(statuses: RagStatus[]): RagStatus {
  return statuses.reduce<RagStatus>((acc, status) => (SEVERITY[status] > SEVERITY[acc] ? status : acc), "NOT_APPLICABLE");
}

/** "1 strategy", "3 strategies". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
