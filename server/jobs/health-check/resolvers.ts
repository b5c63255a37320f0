import { requireRole } from "../../graph/access.ts";
import type { Resolvers } from "../../generated/graphql.ts";
import { today } from "../../graph/clock.ts";
import { parseInput } from "../parse-input.ts";
import { summariseRounds } from "./assessment-summary.ts";
import {
  AssessmentRoundsArgs,
  CloseRoundArgs,
  HealthCheckArgs,
  InvitePartnersArgs,
  OpenRoundArgs,
  RecordAssessmentArgs,
  RenewPartnerLinkArgs,
  RevokePartnerLinkArgs,
} from "./inputs.ts";
import { closeRound, type IssuedLink, invitePartners, renewPartnerLink, revokePartnerLink } from "./partner-invitations.ts";
import { STATEMENTS } from "./statements.ts";
import { ruleInfo } from "./rule-kit.ts";
import { HEALTH_CHECK_RULES } from "./rules.ts";
import { findBoard, runHealthCheck } from "./run-health-check.ts";
import { openRound, recordAssessment } from "./write-assessment.ts";

/** A link as GraphQL shows it: the invitation as the round now stands, and the path shown this once. */
function linkOf(link: IssuedLink) {
  const invitation = link.round.invitations.find((i) => i.id === link.invitationId);
  if (!invitation) throw new Error(`Invitation ${link.invitationId} is missing from its round`);
  return { invitation, linkPath: link.linkPath };
}

export const healthCheckResolvers: Resolvers = {
  Query: {
    healthCheck: async (_parent, args, { runner }) => {
      const { boardId, asOf } = parseInput(HealthCheckArgs, args);
      return runHealthCheck(runner, boardId, asOf ?? today());
    },
    healthCheckRules: () => HEALTH_CHECK_RULES.map(ruleInfo),
    assessmentStatements: () => [...STATEMENTS],
    assessmentRounds: async (_parent, args, { runner }) => {
      const { boardId } = parseInput(AssessmentRoundsArgs, args);
      return runner.readTransaction(async (tx) => {
        const board = await findBoard(tx, boardId);
        const rows = await tx.run("health-check/list-assessment-rounds", { boardId, asOf: null });
        return summariseRounds(rows, board);
      });
    },
  },
  Mutation: {
    openAssessmentRound: (_parent, args, { runner, user }) => {
      // The mutation guard checks this too; a resolver that writes never relies on it alone.
      const actor = requireRole(user, "editor", "openAssessmentRound");
      return openRound(runner, parseInput(OpenRoundArgs, args), actor);
    },
    recordAssessment: (_parent, args, { runner, user }) => {
      // The mutation guard checks this too; a resolver that writes never relies on it alone.
      const actor = requireRole(user, "editor", "recordAssessment");
      return recordAssessment(runner, parseInput(RecordAssessmentArgs, args), actor);
    },
    // The mutation guard checks these too; a resolver that writes never relies on it alone.
    invitePartners: async (_parent, args, { runner, user }) => {
      const actor = requireRole(user, "editor", "invitePartners");
      return (await invitePartners(runner, parseInput(InvitePartnersArgs, args), actor)).map(linkOf);
    },
    renewPartnerLink: async (_parent, args, { runner, user }) => {
      const actor = requireRole(user, "editor", "renewPartnerLink");
      return linkOf(await renewPartnerLink(runner, parseInput(RenewPartnerLinkArgs, args), actor));
    },
    revokePartnerLink: async (_parent, args, { runner, user }) => {
      const actor = requireRole(user, "editor", "revokePartnerLink");
      const { invitationId, round } = await revokePartnerLink(runner, parseInput(RevokePartnerLinkArgs, args), actor);
      const invitation = round.invitations.find((i) => i.id === invitationId);
      if (!invitation) throw new Error(`Invitation ${invitationId} is missing from its round`);
      return invitation;
    },
    closeAssessmentRound: (_parent, args, { runner, user }) => {
      const actor = requireRole(user, "editor", "closeAssessmentRound");
      return closeRound(runner, parseInput(CloseRoundArgs, args), actor);
    },
  },
};
