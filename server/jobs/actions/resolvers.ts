import type { Resolvers } from "../../generated/graphql.ts";
import { requireRole } from "../../graph/access.ts";
import { today } from "../../graph/clock.ts";
import { parseInput } from "../parse-input.ts";
import { type ActionRow, actionAnswer, isOverdue } from "./action-record.ts";
import { ActionsArgs, CreateActionArgs, UpdateActionArgs } from "./inputs.ts";
import { createAction, updateAction } from "./write-actions.ts";
import type { QueryRunner } from "../../db/run-query.ts";

async function listActions(runner: QueryRunner, filter: { boardId: string | null; areaId: string | null; openOnly: boolean }) {
  return runner.read("actions/list-actions", { ...filter, actionId: null });
}

const openActionsOfRequest = new WeakMap<object, Promise<ActionRow[]>>();

/**
 * Every open action, read once per request: the register asks for the overdue
 * count of each of its boards, and one query for all of them replaces one per board.
 */
function openActions(context: { runner: QueryRunner }): Promise<ActionRow[]> {
  let rows = openActionsOfRequest.get(context);
  if (!rows) {
    rows = listActions(context.runner, { boardId: null, areaId: null, openOnly: true });
    openActionsOfRequest.set(context, rows);
  }
  return rows;
}

/** Where a parent answer names its board and date (the health check, the register's rows). */
function boardAndDate(parent: unknown): { boardId: string; asOf: string } {
  const { board, asOf } = parent as { board: { id: string }; asOf?: string };
  return { boardId: board.id, asOf: asOf ?? today() };
}

export const actionResolvers: Resolvers = {
  Query: {
    actions: async (_parent, args, { runner }) => {
      const { asOf, ...filter } = parseInput(ActionsArgs, args);
      return (await listActions(runner, filter)).map((row) => actionAnswer(row, asOf ?? today()));
    },
  },
  Mutation: {
    createAction: (_parent, args, { runner, user }) => createAction(runner, parseInput(CreateActionArgs, args), requireRole(user, "editor", "createAction")),
    updateAction: (_parent, args, { runner, user }) => updateAction(runner, parseInput(UpdateActionArgs, args), requireRole(user, "editor", "updateAction")),
    closeAction: (_parent, args, { runner, user }) => {
      const { id, expectedVersion, notes } = args as { id: string; expectedVersion: number; notes?: string | null };
      const input = { status: "DONE" as const, ...(notes ? { notes } : {}) };
      return updateAction(runner, parseInput(UpdateActionArgs, { id, expectedVersion, input }), requireRole(user, "editor", "closeAction"));
    },
  },
  HealthCheckReport: {
    actions: async (parent, _args, { runner }) => {
      const { boardId, asOf } = boardAndDate(parent);
      return (await listActions(runner, { boardId, areaId: null, openOnly: false })).map((row) => actionAnswer(row, asOf));
    },
    overdueActions: async (parent, _args, { runner }) => {
      const { boardId, asOf } = boardAndDate(parent);
      return (await listActions(runner, { boardId, areaId: null, openOnly: true })).filter((row) => isOverdue(row, asOf)).map((row) => actionAnswer(row, asOf));
    },
  },
  BoardTermsOfReference: {
    overdueActions: async (parent, _args, context) => {
      const { boardId, asOf } = boardAndDate(parent);
      return (await openActions(context)).filter((row) => row.board.id === boardId && isOverdue(row, asOf)).length;
    },
  },
};
