/**
 * The outcome of a board's terms-of-reference review: reviewed without change
 * (the version in force records the review and the next date) or revised (a
 * new version, as reviseTermsOfReference). Either way the editor names the
 * version they read, so two editors recording the same review cannot both win.
 */
import { z } from "zod";
import type { QueryRunner } from "../../db/run-query.ts";
import { govError } from "../../errors.ts";
import type { AuthUser } from "../../graph/access.ts";
import { recordAudit } from "../../graph/audit.ts";
import { today } from "../../graph/clock.ts";
import { DEFAULT_DUE_WITHIN_DAYS } from "../../graph/review-status.ts";
import { EntityId, IsoDate } from "../../graph/scalars.ts";
import { termsFields } from "../../graph/terms-fields.ts";
import { TermsOfReferenceInput } from "./inputs.ts";
import { type BoardTermsItem, reviewBoards } from "./review-boards.ts";
import { reviseTerms } from "./write-terms.ts";

export const RecordReviewArgs = z
  .object({
    termsId: EntityId,
    expectedVersion: z.number().int().min(1, "must be at least 1"),
    outcome: z.enum(["UNCHANGED", "REVISED"]),
    reviewedOn: IsoDate.nullish().transform((d) => d ?? null),
    nextReviewDue: IsoDate,
    revision: TermsOfReferenceInput.nullish().transform((r) => r ?? null),
  })
  .superRefine((args, ctx) => {
    const reviewedOn = args.reviewedOn ?? today();
    if (args.nextReviewDue <= reviewedOn) ctx.addIssue({ code: "custom", path: ["nextReviewDue"], message: `the next review (${args.nextReviewDue}) must come after this one (${reviewedOn})` });
    if (args.outcome === "REVISED" && !args.revision) ctx.addIssue({ code: "custom", path: ["revision"], message: "a revised outcome needs the revision: the fields that change" });
    if (args.outcome === "UNCHANGED" && args.revision) ctx.addIssue({ code: "custom", path: ["revision"], message: "reviewed without change takes no revision; choose REVISED" });
  });
export type RecordReviewArgs = z.infer<typeof RecordReviewArgs>;


export async function recordReview(runner: QueryRunner, args: RecordReviewArgs, user: AuthUser): Promise<BoardTermsItem> {
  const reviewedOn = args.reviewedOn ?? today();
  if (args.outcome === "REVISED") {
    const input = { ...args.revision, reviewDue: args.nextReviewDue, adoptedOn: args.revision?.adoptedOn ?? reviewedOn };
    return reviseTerms(runner, { id: args.termsId, input, expectedVersion: args.expectedVersion }, user);
  }
  return runner.writeTransaction(async (tx) => {
    const [row] = await tx.run("tor-review/get-terms-for-revision", { id: args.termsId });
    if (!row) throw govError("GOV_NOT_FOUND", { kind: "terms of reference", id: args.termsId, path: ["termsId"] });
    const { terms, board, replacedBy } = row;
    if (!board) throw govError("GOV_CONFLICT", { detail: `Terms of reference ${args.termsId} belong to no board`, path: ["termsId"] });
    const { version } = termsFields(terms);
    if (replacedBy[0] || terms.validTo || version !== args.expectedVersion) {
      const detail = replacedBy[0]
        ? `${args.termsId} was replaced by ${replacedBy[0].id} meanwhile: reload the review`
        : `${args.termsId} is at version ${version}, not ${args.expectedVersion}: someone recorded a review or a revision meanwhile`;
      throw govError("GOV_CONFLICT", { detail, path: ["expectedVersion"], currentVersion: version });
    }
    await tx.run("tor-review/mark-terms-reviewed", { id: args.termsId, reviewedOn, nextReviewDue: args.nextReviewDue });
    const before = { id: args.termsId, version, reviewDue: termsFields(terms).reviewDue, lastReviewedOn: (terms as Record<string, unknown>).lastReviewedOn ?? null };
    const after = { id: args.termsId, version: version + 1, reviewDue: args.nextReviewDue, lastReviewedOn: reviewedOn, outcome: "UNCHANGED" };
    await recordAudit(tx, user, [{ action: "recordTermsReview", entityId: args.termsId, before, after }]);
    const asOf = today();
    const [item] = await reviewBoards(tx, { asOf, dueWithinDays: DEFAULT_DUE_WITHIN_DAYS, area: null, boardId: board.id });
    if (!item) throw new Error(`Board ${board.id} vanished inside its own transaction`);
    return item;
  });
}
