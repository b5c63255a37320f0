import { requireRole } from "../../graph/access.ts";
import type { Resolvers } from "../../generated/graphql.ts";
import { today } from "../../graph/clock.ts";
import { parseInput } from "../parse-input.ts";
import { RoundRow, summariseRounds } from "./assessment-summary.ts";
import { AssessmentRoundsArgs, HealthCheckArgs, OpenRoundArgs, RecordAssessmentArgs } from "./inputs.ts";
import { ruleInfo } from "./rule-kit.ts";
import { HEALTH_CHECK_RULES } from "./rules.ts";
import { findBoard, runHealthCheck } from "./run-health-check.ts";
import { openRound, recordAssessment } from "./write-assessment.ts";

export const healthCheckResolvers: Resolvers = {
  Query: {
    healthCheck: async (_parent, args, { runner }) => {
      const { boardId, asOf } = parseInput(HealthCheckArgs, args);
      return runHealthCheck(runner, boardId, asOf ?? today());
    },
    healthCheckRules: () => HEALTH_CHECK_RULES.map(ruleInfo),
    assessmentRounds: async (_parent, args, { runner }) => {
      const { boardId } = parseInput(AssessmentRoundsArgs, args);
      return runner.readTransaction(async (tx) => {
        const board = await findBoard(tx, boardId);
        const rows = await tx.run("health-check/list-assessment-rounds", { boardId, asOf: null });
        return summariseRounds(rows.map((row) => RoundRow.parse(row)), board);
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
  },
};
