/** Opening a self-assessment round and recording a partner's scores: each one write transaction. */
import { randomUUID } from "node:crypto";
import type { AuthUser } from "../../graph/access.ts";
import type { QueryRunner, TransactionRunner } from "../../db/run-query.ts";
import { encodeSource, type EntityRecord } from "../../domain/entity-record.ts";
import { govError } from "../../errors.ts";
import { recordAudit } from "../../graph/audit.ts";
import { requireNodesInScope } from "../../graph/area-scope.ts";
import { today } from "../../graph/clock.ts";
import { type RoundSummary, summariseRounds } from "./assessment-summary.ts";
import type { OpenRoundArgs, RecordAssessmentArgs } from "./inputs.ts";
import { PRINCIPLES } from "./principles.ts";
import { findBoard } from "./run-health-check.ts";

/** The board's rounds as the open transaction sees them, with the one asked for. */
export async function roundAfterWrite(tx: TransactionRunner, board: EntityRecord, roundId: string): Promise<RoundSummary> {
  const rows = await tx.run("health-check/list-assessment-rounds", { boardId: board.id, asOf: null });
  const round = summariseRounds(rows, board).find((r) => r.id === roundId);
  if (!round) throw new Error(`Round ${roundId} vanished inside its own transaction`);
  return round;
}

export function openRound(runner: QueryRunner, { boardId, name, openedOn }: OpenRoundArgs, user: AuthUser): Promise<RoundSummary> {
  return runner.writeTransaction(async (tx) => {
    const board = await findBoard(tx, boardId);
    await requireNodesInScope(tx, user, [board.id], `a self-assessment round of "${board.id}"`);
    const [existing] = await tx.run("health-check/find-board-rounds", { boardId });
    if (existing?.roundNames.some((taken) => taken.toLowerCase() === name.toLowerCase())) {
      throw govError("GOV_CONFLICT", { detail: `${board.name} already has a self-assessment round named "${name}"`, path: ["name"] });
    }
    const id = `round-${randomUUID()}`;
    const source = encodeSource({ document: "entered by user", section: "self-assessment round", date: today() });
    await tx.run("health-check/open-assessment-round", { boardId, round: { id, name, openedOn }, source });
    await recordAudit(tx, user, [{ action: "openAssessmentRound", entityId: id, before: null, after: { id, boardId, name, openedOn } }]);
    return roundAfterWrite(tx, board, id);
  });
}

export function recordAssessment(runner: QueryRunner, args: RecordAssessmentArgs, user: AuthUser): Promise<RoundSummary> {
  return runner.writeTransaction(async (tx) => {
    const [row] = await tx.run("health-check/lock-assessment-round", {
      roundId: args.roundId,
      partnerId: args.partnerId,
    });
    if (!row?.roundId || !row.boardId) throw govError("GOV_NOT_FOUND", { kind: "self-assessment round", id: args.roundId, path: ["roundId"] });
    if (!row.partnerLabel) throw govError("GOV_NOT_FOUND", { kind: "partner", id: args.partnerId, path: ["partnerId"] });
    await requireNodesInScope(tx, user, [row.boardId], `a self-assessment of "${row.boardId}"`);
    if (row.closedOn) throw govError("GOV_ROUND_CLOSED", { detail: `the round closed on ${row.closedOn}; nothing was recorded`, path: ["roundId"] });
    if (row.partnerLabel !== "Organisation") {
      throw govError("GOV_INPUT_INVALID", { detail: `partnerId: "${args.partnerId}" is a ${row.partnerLabel}; a partner is an Organisation`, path: ["partnerId"] });
    }
    const byPrinciple = new Map(args.scores.map((score) => [score.principle, score]));
    const ordered = PRINCIPLES.map(({ principle }) => byPrinciple.get(principle)!);
    const response = {
      id: `response-${randomUUID()}`,
      principles: ordered.map((score) => score.principle),
      scores: ordered.map((score) => score.score),
      // Lists in Neo4j cannot hold null: an empty string stands for no comment.
      comments: ordered.map((score) => score.comment ?? ""),
      recordedBy: user.name,
      statementIds: [],
      statementScores: [],
      viaInvitation: null,
    };
    const [written] = await tx.run("health-check/record-assessment-response", {
      roundId: args.roundId,
      partnerId: args.partnerId,
      response,
    });
    const after = { ...response, roundId: args.roundId, partnerId: args.partnerId, version: written?.version ?? null };
    await recordAudit(tx, user, [{ action: "recordAssessment", entityId: response.id, before: written?.replaced ?? null, after }]);
    return roundAfterWrite(tx, await findBoard(tx, row.boardId), args.roundId);
  });
}
