import { z } from "zod";
import { EntityId, IsoDate } from "../../graph/scalars.ts";
import { PRINCIPLE_CODES, SCORE_MAX, SCORE_MIN } from "./principles.ts";

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
