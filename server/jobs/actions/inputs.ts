import { z } from "zod";
import { EntityId, Id, IsoDate, Text } from "../../graph/scalars.ts";

const PRINCIPLES = ["RECOGNISE_NEED", "CLARITY_OF_PURPOSE", "COMMITMENT_AND_OWNERSHIP", "TRUST", "ROBUST_ARRANGEMENTS", "MONITOR_MEASURE_LEARN"] as const;
/** A health-check rule id as docs/health-check-rules.md names them: has-chair, current-terms-of-reference ... */
const RuleId = z.string().trim().regex(/^[a-z]+(-[a-z0-9]+)*$/, "must be a health-check rule id such as has-chair");

export const CreateActionArgs = z.object({
  input: z
    .strictObject({
      boardId: EntityId,
      findingKind: z.enum(["HEALTH_CHECK_RULE", "PRINCIPLE"]),
      ruleId: RuleId.nullish().transform((v) => v ?? null),
      roundId: Id.nullish().transform((v) => v ?? null),
      principle: z.enum(PRINCIPLES).nullish().transform((v) => v ?? null),
      what: Text(2000),
      ownerId: EntityId,
      dueOn: IsoDate,
      notes: Text(4000).nullish().transform((v) => v ?? null),
    })
    .superRefine((input, ctx) => {
      if (input.findingKind === "HEALTH_CHECK_RULE" && !input.ruleId) ctx.addIssue({ code: "custom", path: ["ruleId"], message: "name the health-check rule the action answers" });
      if (input.findingKind === "PRINCIPLE" && (!input.roundId || !input.principle)) {
        ctx.addIssue({ code: "custom", path: [input.roundId ? "principle" : "roundId"], message: "name the round and the principle the action answers" });
      }
    }),
});
export type CreateActionArgs = z.infer<typeof CreateActionArgs>;

export const UpdateActionArgs = z.object({
  id: Id,
  expectedVersion: z.number().int().min(1, "must be at least 1"),
  input: z
    .strictObject({
      what: Text(2000).optional(),
      ownerId: EntityId.optional(),
      dueOn: IsoDate.optional(),
      notes: Text(4000).nullish(),
      status: z.enum(["OPEN", "DONE"]).optional(),
    })
    .refine((input) => Object.values(input).some((value) => value !== undefined), { message: "give at least one field to change", path: [] }),
});
export type UpdateActionArgs = z.infer<typeof UpdateActionArgs>;

export const ActionsArgs = z.object({
  boardId: EntityId.nullish().transform((v) => v ?? null),
  areaId: EntityId.nullish().transform((v) => v ?? null),
  openOnly: z.boolean().nullish().transform((v) => v ?? false),
  asOf: IsoDate.nullish().transform((v) => v ?? null),
});
