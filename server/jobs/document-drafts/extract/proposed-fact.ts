import type { NodeLabel } from "../../../domain/model.ts";

/**
 * What a document can state: the model's relationship types, plus the fields of
 * terms of reference (established, review, quorum, meeting frequency) and the
 * vice-chair, which the graph records as a membership with that role.
 */
export const FACT_KINDS = [
  "ACCOUNTABLE_TO",
  "REPORTS_TO",
  "PART_OF",
  "CHAIRS",
  "VICE_CHAIRS",
  "MEMBER_OF",
  "REPLACES",
  "LEADS",
  "GOVERNED_THROUGH",
  "OVERSEEN_BY",
  "ESTABLISHED",
  "REVIEW",
  "QUORUM",
  "MEETING_FREQUENCY",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Kinds whose object is a value, not another node. */
export const VALUE_KINDS: ReadonlySet<FactKind> = new Set(["ESTABLISHED", "REVIEW", "QUORUM", "MEETING_FREQUENCY"]);

/** One fact a document states, with the words it rests on and the rule that read it. */
export interface ProposedFact {
  kind: FactKind;
  subject: string;
  subjectLabel: NodeLabel;
  object: string | null;
  objectLabel: NodeLabel | null;
  value: string | null;
  quote: string;
  /** Character offsets of the quote in the document's text. */
  start: number;
  end: number;
  page: number;
  section: string | null;
  /** 0-1: how sure the rule is (a pattern that can mislead scores lower). */
  confidence: number;
  rule: string;
}

/** The same fact, whichever sentence stated it: what a decision is remembered by. */
export function factKey(fact: Pick<ProposedFact, "kind" | "subject" | "object" | "value">, key: (name: string) => string): string {
  return [fact.kind, key(fact.subject), fact.object ? key(fact.object) : "", fact.value ?? ""].join("|");
}
