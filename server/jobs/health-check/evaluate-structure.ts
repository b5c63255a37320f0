/** Rules on the board's own shape: a chair, a line upward, no cycle, current terms of reference. */
import { z } from "zod";
import { EntityRecord } from "../../domain/entity-record.ts";
import { statutoryEndOf } from "../../domain/model.ts";
import { STATUTORY_LINE_TYPES } from "../../domain/statutory-lines.ts";
import { EdgeRecord } from "../../graph/relationship-record.ts";
import { DEFAULT_DUE_WITHIN_DAYS, reviewStatus } from "../../graph/review-status.ts";
import { termsFields } from "../../graph/terms-fields.ts";
import { evidence, Linked, outcome, type RuleContext, type RuleOutcome } from "./rule-kit.ts";

export const ChairsRow = z.object({
  chairs: z.array(z.object({ chair: EntityRecord, edge: EdgeRecord, holders: z.array(Linked) })),
});

export function evaluateChair(row: unknown, { board }: RuleContext): RuleOutcome {
  const { chairs } = ChairsRow.parse(row);
  if (chairs.length === 0) return outcome("RED", `No chair of ${board.name} is recorded.`);
  const found = chairs.flatMap(({ chair, edge, holders }) => [
    evidence(`${chair.name} chairs ${board.name}.`, chair, edge),
    ...holders.map((holder) => evidence(`${holder.entity.name} holds the post of ${chair.name}.`, holder.entity, holder.edge)),
  ]);
  const named = chairs.filter((c) => c.chair.label === "Person" || c.holders.length > 0);
  if (named.length === 0) {
    const posts = chairs.map((c) => c.chair.name).join("; ");
    return outcome("AMBER", `Chaired by a post (${posts}) with nobody recorded as holding it.`, found);
  }
  const names = named.flatMap((c) => (c.chair.label === "Person" ? [c.chair.name] : c.holders.map((h) => `${h.entity.name} (${c.chair.name})`)));
  return outcome("GREEN", `Chaired by ${names.join("; ")}.`, found);
}

/** Lines of accountability: those the documents state, and those a statute draws (a committee of the council, its executive). */
const ACCOUNTABILITY = new Set(["ACCOUNTABLE_TO", "REPORTS_TO", "OVERSEEN_BY", ...STATUTORY_LINE_TYPES]);
/** Top of a council's or an organisation's own governance: it answers to the full council or its members, often not in the graph. */
const TOP_KINDS = new Set(["CABINET_OR_COMMITTEE", "GOVERNING_BODY"]);

export const LinesRow = z.object({ lines: z.array(Linked) });

export function evaluateUpwardLine(row: unknown, { board }: RuleContext): RuleOutcome {
  const { lines } = LinesRow.parse(row);
  const found = lines.map(({ entity, edge }) =>
    evidence(`${board.name} ${edge.type} ${entity.name}${edge.statute ? ` (${edge.statute})` : ""}.`, entity, edge),
  );
  const accountable = lines.filter((line) => ACCOUNTABILITY.has(line.edge.type));
  if (accountable.length > 0) {
    const to = accountable.map((line) => `${line.edge.type} ${line.entity.name}`).join("; ");
    return outcome("GREEN", `Has a line of accountability upward: ${to}.`, found);
  }
  // The same classification as the oversight trace: a statutory body is where a chain may end.
  const statutory = statutoryEndOf(board);
  if (statutory) return outcome("GREEN", `${board.name} is ${statutory}, where an accountability chain may end.`, found);
  if (lines.length > 0) {
    const within = lines.map((line) => `${line.edge.type} ${line.entity.name}`).join("; ");
    return outcome("AMBER", `Only ${within}: no line of accountability (ACCOUNTABLE_TO, REPORTS_TO, OVERSEEN_BY) is recorded.`, found);
  }
  if (board.kind && TOP_KINDS.has(board.kind)) {
    return outcome("AMBER", `No upward line is recorded; a ${board.kind.toLowerCase().replaceAll("_", " ")} usually answers to the full council or its members, which the graph may not hold.`);
  }
  return outcome("RED", `No upward line: nothing records to whom ${board.name} is accountable.`);
}

export const CycleRow = z.object({ cycle: z.object({ entities: z.array(EntityRecord), edges: z.array(EdgeRecord) }).nullable() });

export function evaluateNoCycle(row: unknown, { board }: RuleContext): RuleOutcome {
  const { cycle } = CycleRow.parse(row);
  if (!cycle) return outcome("GREEN", `${board.name} is on no cycle of upward lines.`);
  const route = cycle.entities.map((entity) => entity.name).join(" → ");
  const nameOf = new Map(cycle.entities.map((entity) => [entity.id, entity]));
  const found = cycle.edges.map((edge) => evidence(`${nameOf.get(edge.source)?.name} ${edge.type} ${nameOf.get(edge.target)?.name}.`, nameOf.get(edge.target) ?? null, edge));
  return outcome("RED", `Accountability comes back to where it started: ${route}.`, found);
}

export const TermsRow = z.object({ terms: EntityRecord.nullable(), edge: EdgeRecord.nullable() });

export function evaluateTerms(row: unknown, { board, asOf }: RuleContext): RuleOutcome {
  const { terms, edge } = TermsRow.parse(row);
  const review = reviewStatus(terms ? termsFields(terms) : null, asOf, DEFAULT_DUE_WITHIN_DAYS);
  const found = terms ? [evidence(`${board.name} HAS_TERMS_OF_REFERENCE ${terms.name}.`, terms, edge)] : [];
  const status = { CURRENT: "GREEN", DUE_SOON: "AMBER", OVERDUE: "RED", MISSING: "RED" } as const;
  return outcome(status[review.status], `${review.status}: ${review.reason}`, found);
}
