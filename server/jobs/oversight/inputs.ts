import { z } from "zod";
import { REL_TYPES } from "../../domain/model.ts";
import { IsoDate } from "../../graph/scalars.ts";

const Id = z.string().trim().min(1, "must not be empty");
const AreaRef = z.string().trim().min(1, "must be an Area id or name");

/** Relationship types a diagram draws unless the caller picks others. */
export const GOVERNANCE_TYPES = [
  "ACCOUNTABLE_TO",
  "REPORTS_TO",
  "SITS_WITHIN",
  "SITS_ALONGSIDE",
  "OVERSEEN_BY",
  "GOVERNED_THROUGH",
  "SUPPORTS",
  "CHAIRS",
  "LEADS",
  "MEMBER_OF",
  "HOLDS_ROLE",
  "ROLE_IN",
  "REPRESENTS",
  "PART_OF",
  "REPLACES",
  "APPROVES",
  "ENDORSES",
  "CONSIDERS",
  "COMMITTEE_OF",
  "EXECUTIVE_OF",
] as const;

export const OversightChainInput = z.object({
  strategyId: Id,
  asOf: IsoDate.nullish().transform((value) => value ?? null),
});

export const ReportingLinesInput = z
  .object({
    rootId: Id.nullish(),
    area: AreaRef.nullish(),
    asOf: IsoDate.nullish().transform((value) => value ?? null),
    depth: z.number().int().min(1).max(6).nullish().transform((value) => value ?? 2),
    types: z
      .array(z.enum(REL_TYPES, { error: (issue) => `"${String(issue.input)}" is not a relationship type` }))
      .min(1, "must name at least one relationship type")
      .nullish()
      .transform((value) => value ?? [...GOVERNANCE_TYPES]),
  })
  .superRefine((input, ctx) => {
    if (!input.rootId && !input.area) ctx.addIssue({ code: "custom", path: ["rootId"], message: "give rootId or area" });
    if (input.rootId && input.area) ctx.addIssue({ code: "custom", path: ["area"], message: "give rootId or area, not both" });
  });
export type ReportingLinesInput = z.infer<typeof ReportingLinesInput>;

export const StructureDiffInput = z
  .object({ area: AreaRef, from: IsoDate, to: IsoDate })
  .refine((input) => input.from < input.to, { path: ["to"], message: "must be after from" });
export type StructureDiffInput = z.infer<typeof StructureDiffInput>;

export const AccountabilityGapsInput = z.object({
  area: AreaRef.nullish().transform((value) => value ?? null),
  asOf: IsoDate.nullish().transform((value) => value ?? null),
  leadThreshold: z.number().int().min(0).max(1000).nullish().transform((value) => value ?? 5),
  chairThreshold: z.number().int().min(0).max(1000).nullish().transform((value) => value ?? 2),
});
export type AccountabilityGapsInput = z.infer<typeof AccountabilityGapsInput>;
