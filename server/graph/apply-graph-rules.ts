import type { TransactionRunner } from "../db/run-query.ts";
import { markLastEvidenced } from "./last-evidenced.ts";
import { applyStatutoryLines } from "./statutory-lines.ts";

/**
 * What every write of governance facts runs last, in its own transaction: the
 * nodes' area lists follow their IN_AREA lines, the statutory lines are drawn
 * (for every board of the kinds they name), and the last-evidenced marks are brought up to date.
 * `ids` null: the whole graph. `boardIds`: the only boards whose rules can change (the seed
 * loader passes the boards near a file's areas); null, every board.
 */
export async function applyGraphRules(tx: TransactionRunner, ids: readonly string[] | null, boardIds: readonly string[] | null = null): Promise<void> {
  // An empty list has nothing to sync (null, not [], means the whole graph).
  if (ids && ids.length > 0) await tx.run("graph/sync-area-ids", { ids });
  // Not only the boards written: a council written now gives a board of its area its line (boardIds, when given, holds those too).
  await applyStatutoryLines(tx, boardIds);
  await markLastEvidenced(tx, boardIds);
}
