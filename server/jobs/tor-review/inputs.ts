import { z } from "zod";
import { DEFAULT_DUE_WITHIN_DAYS } from "../../graph/review-status.ts";
import { EntityId, IsoDate, Text } from "../../graph/scalars.ts";


const IdList = z
  .array(EntityId)
  .max(200, "at most 200 ids")
  .superRefine((ids, ctx) => {
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) ctx.addIssue({ code: "custom", path: [index], message: `"${id}" is listed twice` });
    });
  });

export const ReviewArgs = z.object({
  asOf: IsoDate,
  dueWithinDays: z
    .number()
    .int()
    .min(0, "must not be negative")
    .max(3650, "must be at most 3650")
    .nullish()
    .transform((days) => days ?? DEFAULT_DUE_WITHIN_DAYS),
  area: Text(200).nullish().transform((area) => area ?? null),
  boardId: EntityId.nullish().transform((id) => id ?? null),
});
export type ReviewArgs = z.infer<typeof ReviewArgs>;

/**
 * Terms as entered. A field left out is undefined (a revision keeps the earlier
 * value), a field set to null clears it.
 */
export const TermsOfReferenceInput = z
  .strictObject({
    purpose: Text(4000).nullish(),
    chairId: EntityId.nullish(),
    requiredMemberIds: IdList.nullish(),
    membershipText: Text(2000).nullish(),
    quorum: z.number().int().min(1, "must be at least 1").max(1000, "must be at most 1000").nullish(),
    meetingFrequency: Text(200).nullish(),
    accountableToIds: IdList.nullish(),
    adoptedOn: IsoDate.nullish(),
    reviewDue: IsoDate.nullish(),
    statusNote: Text(500).nullish(),
  })
  .superRefine((terms, ctx) => {
    if (Object.values(terms).every((value) => value === undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: "give at least one field of the terms of reference" });
    }
    if (terms.adoptedOn && terms.reviewDue && terms.reviewDue < terms.adoptedOn) {
      ctx.addIssue({ code: "custom", path: ["reviewDue"], message: `review date ${terms.reviewDue} is before adoption on ${terms.adoptedOn}` });
    }
  });
export type TermsOfReferenceInput = z.infer<typeof TermsOfReferenceInput>;

export const RecordTermsArgs = z.object({ boardId: EntityId, input: TermsOfReferenceInput });
export type RecordTermsArgs = z.infer<typeof RecordTermsArgs>;

export const ReviseTermsArgs = z.object({
  id: EntityId,
  input: TermsOfReferenceInput,
  expectedVersion: z.number().int().min(1, "must be at least 1").nullish(),
});
export type ReviseTermsArgs = z.infer<typeof ReviseTermsArgs>;
