import { z } from "zod";
import { EntityId, IsoDate } from "../../graph/scalars.ts";
import { PRINCIPLE_CODES, SCORE_MAX, SCORE_MIN } from "./principles.ts";
import { STATEMENT_IDS } from "./statements.ts";

export const HealthCheckArgs = z.object({ boardId: EntityId, asOf: IsoDate.nullish() });

export const AssessmentRoundsArgs = z.object({ boardId: EntityId });

export const OpenRoundArgs = z.object({
  boardId: EntityId,
  name: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  openedOn: IsoDate,
});
export type OpenRoundArgs = z.infer<typeof OpenRoundArgs>;

const PrincipleScore = z.object({
  principle: z.enum(PRINCIPLE_CODES),
  score: z.number().int().min(SCORE_MIN, `must be ${SCORE_MIN} to ${SCORE_MAX}`).max(SCORE_MAX, `must be ${SCORE_MIN} to ${SCORE_MAX}`),
  comment: z.string().trim().max(2000, "must be at most 2000 characters").nullish(),
});

/** Every principle scored exactly once. */
export const RecordAssessmentArgs = z.object({
  roundId: z.string().trim().min(1, "must not be empty"),
  partnerId: EntityId,
  scores: z.array(PrincipleScore).superRefine((scores, ctx) => {
    scores.forEach((score, index) => {
      if (scores.findIndex((other) => other.principle === score.principle) !== index) {
        ctx.addIssue({ code: "custom", path: [index, "principle"], message: `${score.principle} is scored twice` });
      }
    });
    const missing = PRINCIPLE_CODES.filter((code) => !scores.some((score) => score.principle === code));
    if (missing.length > 0) ctx.addIssue({ code: "custom", path: [], message: `every principle must be scored once; missing ${missing.join(", ")}` });
  }),
});
export type RecordAssessmentArgs = z.infer<typeof RecordAssessmentArgs>;

const RoundId = z.string().trim().min(1, "must not be empty").max(200);

export const InvitePartnersArgs = z.object({
  roundId: RoundId,
  partnerIds: z
    .array(EntityId)
    .min(1, "name at least one partner organisation")
    .max(100, "at most 100 partners at once")
    .refine((ids) => new Set(ids).size === ids.length, "names a partner twice"),
  expiresOn: IsoDate,
});
export type InvitePartnersArgs = z.infer<typeof InvitePartnersArgs>;

export const RenewPartnerLinkArgs = z.object({ invitationId: z.string().trim().min(1, "must not be empty").max(200), expiresOn: IsoDate });
export type RenewPartnerLinkArgs = z.infer<typeof RenewPartnerLinkArgs>;

export const RevokePartnerLinkArgs = z.object({ invitationId: z.string().trim().min(1, "must not be empty").max(200) });
export type RevokePartnerLinkArgs = z.infer<typeof RevokePartnerLinkArgs>;

export const CloseRoundArgs = z.object({ roundId: RoundId, closedOn: IsoDate });
export type CloseRoundArgs = z.infer<typeof CloseRoundArgs>;

/** What a partner's page sends: a score per statement (null while unanswered) and a comment per principle. */
export const PartnerAnswers = z.object({
  answers: z
    .array(
      z.object({
        statementId: z.enum(STATEMENT_IDS),
        score: z
          .number({ error: "must be a whole number from 1 to 5" })
          .int("must be a whole number from 1 to 5")
          .min(SCORE_MIN, `must be ${SCORE_MIN} to ${SCORE_MAX}`)
          .max(SCORE_MAX, `must be ${SCORE_MIN} to ${SCORE_MAX}`)
          .nullable(),
      }),
    )
    .max(STATEMENT_IDS.length)
    .refine((answers) => new Set(answers.map((a) => a.statementId)).size === answers.length, "answers a statement twice"),
  comments: z
    .array(z.object({ principle: z.enum(PRINCIPLE_CODES), comment: z.string().max(2000, "must be at most 2000 characters") }))
    .max(PRINCIPLE_CODES.length)
    .default([]),
});
export type PartnerAnswers = z.infer<typeof PartnerAnswers>;

export const PartnerLinkClaim = z.object({ link: z.string().trim().min(1, "must not be empty").max(200, "is not a partner link") });
