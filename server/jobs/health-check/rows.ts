import { z } from "zod";
import { defineRows, mappedRow, StoredMap } from "../../db/row-schemas.ts";
import { EntityRecord } from "../../domain/entity-record.ts";
import { RoundRow } from "./assessment-summary.ts";
import { ChairsRow, CycleRow, LinesRow, TermsRow } from "./evaluate-structure.ts";
import { LoadRow, StrategiesRow } from "./evaluate-workload.ts";
import { MembersRow } from "./membership.ts";

/** A partner's invitation with its round, board, partner and latest submitted answers. */
export const PartnerInvitationRow = z.object({
  invitation: z.object({
    id: z.string(),
    revokedAt: z.string().nullable(),
    expiresAt: z.string(),
    draftStatementIds: z.array(z.string()).nullable(),
    draftScores: z.array(z.number()).nullable(),
    draftPrinciples: z.array(z.string()).nullable(),
    draftComments: z.array(z.string()).nullable(),
    draftSavedAt: z.string().nullable(),
  }),
  round: z.object({ id: z.string(), name: z.string(), openedOn: z.string(), closedOn: z.string().nullable() }),
  board: z.object({ id: z.string(), name: z.string() }),
  partner: z.object({ id: z.string(), name: z.string() }),
  submitted: z
    .object({
      version: z.number(),
      recordedAt: z.string(),
      statementIds: z.array(z.string()).nullable(),
      statementScores: z.array(z.number()).nullable(),
      principles: z.array(z.string()),
      comments: z.array(z.string()),
    })
    .nullable(),
});
export type PartnerInvitationRow = z.infer<typeof PartnerInvitationRow>;

const LockedRound = z.object({ roundId: z.string().nullable(), boardId: z.string().nullable(), closedOn: z.string().nullable(), partnerLabel: z.string().nullable() });
const InvitationOf = z.object({ roundId: z.string(), partnerId: z.string() });

/**
 * One row of each query in cypher/health-check/. The rule queries' rows are
 * checked here and parsed by their rule, which the rule table hands each row to.
 */
export const healthCheckRows = defineRows({
  "health-check/claim-partner-link": z.object({ invitationId: z.string(), replaced: z.boolean(), alreadyUsed: z.boolean(), revoked: z.boolean(), expired: z.boolean() }),
  "health-check/clear-partner-draft": z.object({ invitationId: z.string() }),
  "health-check/close-assessment-round": z.object({ roundId: z.string(), closedBefore: z.string().nullable() }),
  "health-check/find-board-rounds": z.object({ boardId: z.string(), roundNames: z.array(z.string()) }),
  "health-check/find-entity-labels": z.object({ id: z.string(), label: z.string().nullable() }),
  "health-check/find-invitation": InvitationOf,
  "health-check/get-partner-invitation": PartnerInvitationRow,
  "health-check/issue-partner-link": z.object({ invitationId: z.string() }),
  "health-check/list-assessment-rounds": mappedRow(RoundRow),
  "health-check/list-health-checks": mappedRow(z.object({ healthCheck: EntityRecord })),
  "health-check/lock-assessment-round": LockedRound,
  "health-check/open-assessment-round": z.object({ id: z.string() }),
  "health-check/record-assessment-response": z.object({ id: z.string(), version: z.number(), replaced: StoredMap.nullable() }),
  "health-check/revoke-partner-link": InvitationOf,
  "health-check/rules/chair-load": LoadRow,
  "health-check/rules/chairs": ChairsRow,
  "health-check/rules/cycles": CycleRow,
  "health-check/rules/members": MembersRow,
  "health-check/rules/strategies": StrategiesRow,
  "health-check/rules/terms-of-reference": TermsRow,
  "health-check/rules/upward-lines": LinesRow,
  "health-check/save-partner-draft": z.object({ invitationId: z.string(), savedAt: z.string().nullable() }),
});

type Rows = typeof healthCheckRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
