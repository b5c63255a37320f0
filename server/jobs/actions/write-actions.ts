/** Creating, changing and closing actions: each one write transaction, audited, with optimistic concurrency. */
import { randomUUID } from "node:crypto";
import type { QueryRunner, TransactionRunner } from "../../db/run-query.ts";
import { govError } from "../../errors.ts";
import type { AuthUser } from "../../graph/access.ts";
import { recordAudit } from "../../graph/audit.ts";
import { today } from "../../graph/clock.ts";
import { type ActionAnswer, actionAnswer } from "./action-record.ts";
import type { CreateActionArgs, UpdateActionArgs } from "./inputs.ts";

async function readAction(tx: TransactionRunner, id: string): Promise<ActionAnswer> {
  const [row] = await tx.run("actions/list-actions", { boardId: null, actionId: id, areaId: null, openOnly: false });
  if (!row) throw new Error(`Action ${id} vanished inside its own transaction`);
  return actionAnswer(row, today());
}

async function requirePerson(tx: TransactionRunner, id: string, path: string[]): Promise<void> {
  const [person] = await tx.run("actions/find-person", { id });
  if (!person) throw govError("GOV_NOT_FOUND", { kind: "person", id, path });
}

export function createAction(runner: QueryRunner, { input }: CreateActionArgs, user: AuthUser): Promise<ActionAnswer> {
  return runner.writeTransaction(async (tx) => {
    const [board] = await tx.run("graph/get-board", { boardId: input.boardId });
    if (!board) throw govError("GOV_NOT_FOUND", { kind: "board", id: input.boardId, path: ["input", "boardId"] });
    await requirePerson(tx, input.ownerId, ["input", "ownerId"]);
    const id = `action-${randomUUID()}`;
    const action = {
      id,
      what: input.what,
      dueOn: input.dueOn,
      notes: input.notes,
      findingKind: input.findingKind,
      ruleId: input.findingKind === "HEALTH_CHECK_RULE" ? input.ruleId : null,
      principle: input.findingKind === "PRINCIPLE" ? input.principle : null,
    };
    const roundId = input.findingKind === "PRINCIPLE" ? input.roundId : null;
    const [created] = await tx.run("actions/create-action", { action, boardId: input.boardId, roundId, ownerId: input.ownerId, createdBy: user.name });
    if (!created) throw govError("GOV_NOT_FOUND", { kind: `self-assessment round of ${input.boardId}`, id: roundId ?? "", path: ["input", "roundId"] });
    await recordAudit(tx, user, [{ action: "createAction", entityId: id, before: null, after: { ...action, boardId: input.boardId, roundId, ownerId: input.ownerId, status: "OPEN" } }]);
    return readAction(tx, id);
  });
}

export function updateAction(runner: QueryRunner, { id, expectedVersion, input }: UpdateActionArgs, user: AuthUser): Promise<ActionAnswer> {
  return runner.writeTransaction(async (tx) => {
    const [locked] = await tx.run("actions/lock-action", { id });
    if (!locked) throw govError("GOV_NOT_FOUND", { kind: "action", id, path: ["id"] });
    const current = locked.action;
    if (current.version !== expectedVersion) {
      throw govError("GOV_CONFLICT", {
        detail: `action ${id} is at version ${current.version}, not ${expectedVersion}: someone changed it since you read it`,
        path: ["expectedVersion"],
        currentVersion: current.version,
      });
    }
    if (input.ownerId) await requirePerson(tx, input.ownerId, ["input", "ownerId"]);
    const before = await readAction(tx, id);
    const status = input.status ?? current.status;
    const values = {
      what: input.what ?? current.what,
      dueOn: input.dueOn ?? current.dueOn.slice(0, 10),
      notes: input.notes === undefined ? (current.notes ?? null) : input.notes,
      status,
      // Closing stamps the day; reopening clears it.
      closedOn: status === "DONE" ? (current.status === "DONE" ? (current.closedOn?.slice(0, 10) ?? today()) : today()) : null,
    };
    await tx.run("actions/update-action", { id, values, ownerId: input.ownerId ?? null });
    const after = await readAction(tx, id);
    const stored = (a: ActionAnswer) => ({ what: a.what, dueOn: a.dueOn, notes: a.notes, status: a.status, closedOn: a.closedOn, ownerId: a.owner.id, version: a.version });
    await recordAudit(tx, user, [{ action: status === "DONE" && current.status !== "DONE" ? "closeAction" : "updateAction", entityId: id, before: stored(before), after: stored(after) }]);
    return after;
  });
}
