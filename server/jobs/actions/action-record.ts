/** An action as read from the graph, and whether it is overdue on a date. */
import { z } from "zod";
import { EntityRecord } from "../../domain/entity-record.ts";

export const ActionRow = z.object({
  action: z.object({
    id: z.string(),
    what: z.string(),
    dueOn: z.string(),
    notes: z.string().nullish(),
    status: z.enum(["OPEN", "DONE"]),
    findingKind: z.enum(["HEALTH_CHECK_RULE", "PRINCIPLE"]),
    ruleId: z.string().nullish(),
    principle: z.enum(["RECOGNISE_NEED", "CLARITY_OF_PURPOSE", "COMMITMENT_AND_OWNERSHIP", "TRUST", "ROBUST_ARRANGEMENTS", "MONITOR_MEASURE_LEARN"]).nullish(),
    version: z.number(),
    createdAt: z.string(),
    createdBy: z.string().nullish(),
    closedOn: z.string().nullish(),
  }),
  board: EntityRecord,
  owner: EntityRecord,
  roundId: z.string().nullable(),
});
export type ActionRow = z.infer<typeof ActionRow>;

/** Open and past its due date on `asOf`. */
export function isOverdue(row: ActionRow, asOf: string): boolean {
  return row.action.status === "OPEN" && row.action.dueOn.slice(0, 10) < asOf;
}

/** The GraphQL Action. */
export function actionAnswer(row: ActionRow, asOf: string) {
  const { action } = row;
  return {
    id: action.id,
    what: action.what,
    dueOn: action.dueOn.slice(0, 10),
    notes: action.notes ?? null,
    status: action.status,
    findingKind: action.findingKind,
    ruleId: action.ruleId ?? null,
    principle: action.principle ?? null,
    roundId: row.roundId,
    version: action.version,
    createdAt: action.createdAt,
    createdBy: action.createdBy ?? null,
    closedOn: action.closedOn?.slice(0, 10) ?? null,
    board: row.board,
    owner: row.owner,
    overdue: isOverdue(row, asOf),
  };
}
export type ActionAnswer = ReturnType<typeof actionAnswer>;
