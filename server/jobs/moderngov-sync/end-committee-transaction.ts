import type { TransactionRunner } from "../../db/run-query.ts";
import type { AuthUser } from "../../graph/access.ts";
import { requireAreaScope } from "../../graph/area-scope.ts";
import { applyStatutoryLines } from "../../graph/statutory-lines.ts";
import type { CommitteePlan } from "./plan-changes.ts";

export interface CommitteeTransaction {
  syncId: string;
  committeeId: string;
  boardId: string;
  areaId: string;
  actor: AuthUser;
  plan: CommitteePlan;
}

/**
 * Where each committee's write transaction ends: its facts and audit entries
 * are written, and the sync records the committee as done in the same
 * transaction, so that the record never claims a committee whose facts rolled
 * back. Checks that must hold before a committee's facts commit (rules on
 * statutory lines, the caller's area scope) belong here: throwing rolls this
 * committee back and the sync stops at it, saying so.
 */
export async function endCommitteeTransaction(tx: TransactionRunner, committee: CommitteeTransaction): Promise<void> {
  // An editor limited to other areas cannot bring a council's committees into this one.
  await requireAreaScope(tx, committee.actor, [committee.areaId], `the ModernGov committee ${committee.committeeId}`);
  // A Health and Wellbeing Board from the committee system is a committee of its council like any other (s194).
  await applyStatutoryLines(tx, [committee.boardId]);
  await tx.run("moderngov-sync/record-sync-progress", {
    id: committee.syncId,
    state: "RUNNING",
    place: `committee ${committee.committeeId} written`,
    committeesTotal: null,
    doneCommitteeIds: [committee.committeeId],
  });
}
