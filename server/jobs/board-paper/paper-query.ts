/**
 * What a board paper says, asked of the API itself, so that the paper shows
 * exactly what the pages show and needs no query of its own.
 */
import { z } from "zod";

export const BOARD_PAPER_QUERY = /* GraphQL */ `
  query BoardPaper($boardId: ID!, $asOf: Date!) {
    board(id: $boardId) { board { id name kind areaId } }
    termsOfReferenceReview(asOf: $asOf, boardId: $boardId) {
      boards {
        status reason reviewDue lastReviewedOn
        termsOfReference {
          id version purpose chairId membershipText quorum meetingFrequency adoptedOn reviewDue statusNote
          sources { document section }
        }
        chair { id entity { name } }
        requiredMembers { id entity { name } }
        accountableTo { id entity { name } }
        discrepancies { kind message }
      }
    }
    healthCheck(boardId: $boardId, asOf: $asOf) {
      overall overallReason
      counts { red amber green notApplicable }
      rules { rule { id title } status reason }
      actions { what status dueOn overdue closedOn findingKind ruleId principle notes owner { name } }
      selfAssessment {
        id name openedOn disagreementSpread previousRoundName
        responses { partner { name } }
        principles {
          number title mean min max spread disagreement previousMean meanChange
          scores { partner { name } score }
        }
      }
    }
  }
`;

const Named = z.object({ id: z.string(), entity: z.object({ name: z.string() }).nullable() });

export const BoardPaperData = z.object({
  board: z.object({ board: z.object({ id: z.string(), name: z.string(), kind: z.string().nullable(), areaId: z.string().nullable() }) }).nullable(),
  termsOfReferenceReview: z.object({
    boards: z.array(
      z.object({
        status: z.string(),
        reason: z.string(),
        reviewDue: z.string().nullable(),
        lastReviewedOn: z.string().nullable(),
        termsOfReference: z
          .object({
            id: z.string(),
            version: z.number(),
            purpose: z.string().nullable(),
            chairId: z.string().nullable(),
            membershipText: z.string().nullable(),
            quorum: z.number().nullable(),
            meetingFrequency: z.string().nullable(),
            adoptedOn: z.string().nullable(),
            reviewDue: z.string().nullable(),
            statusNote: z.string().nullable(),
            sources: z.array(z.object({ document: z.string(), section: z.string() })),
          })
          .nullable(),
        chair: Named.nullable(),
        requiredMembers: z.array(Named),
        accountableTo: z.array(Named),
        discrepancies: z.array(z.object({ kind: z.string(), message: z.string() })),
      }),
    ),
  }),
  healthCheck: z.object({
    overall: z.string(),
    overallReason: z.string(),
    counts: z.object({ red: z.number(), amber: z.number(), green: z.number(), notApplicable: z.number() }),
    rules: z.array(z.object({ rule: z.object({ id: z.string(), title: z.string() }), status: z.string(), reason: z.string() })),
    actions: z.array(
      z.object({
        what: z.string(),
        status: z.string(),
        dueOn: z.string(),
        overdue: z.boolean(),
        closedOn: z.string().nullable(),
        findingKind: z.string(),
        ruleId: z.string().nullable(),
        principle: z.string().nullable(),
        notes: z.string().nullable(),
        owner: z.object({ name: z.string() }),
      }),
    ),
    selfAssessment: z
      .object({
        id: z.string(),
        name: z.string(),
        openedOn: z.string(),
        disagreementSpread: z.number(),
        previousRoundName: z.string().nullable(),
        responses: z.array(z.object({ partner: z.object({ name: z.string() }) })),
        principles: z.array(
          z.object({
            number: z.number(),
            title: z.string(),
            mean: z.number().nullable(),
            min: z.number().nullable(),
            max: z.number().nullable(),
            spread: z.number().nullable(),
            disagreement: z.boolean(),
            previousMean: z.number().nullable(),
            meanChange: z.number().nullable(),
            scores: z.array(z.object({ partner: z.object({ name: z.string() }), score: z.number() })),
          }),
        ),
      })
      .nullable(),
  }),
});
export type BoardPaperData = z.infer<typeof BoardPaperData>;
