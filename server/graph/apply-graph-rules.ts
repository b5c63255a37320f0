import type { TransactionRunner } from "../db/run-query.ts";
import { markLastEvidenced } from "./last-evidenced.ts";
import { applyStatutoryLines } from "./statutory-lines.ts";

/**
 * The boards whose graph rules a change to these nodes can alter (cypher/graph/boards-near-nodes.cypher):
 * an edit of one node then redraws a few boards' rules, not those of every board in the country.
 */
export async function boardsNearNodes(tx: TransactionRunner, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const [row] = await tx.run("graph/boards-near-nodes", { ids });
  return row?.boardIds ?? [];
}

/**
 * What every write of governance facts runs last, in its own transaction: the
 * nodes' area lists follow their IN_AREA lines, the statutory lines are drawn,
 * and the last-evidenced marks are brought up to date.
 * `ids` null: the whole graph, every board. Otherwise `boardIds` are the only boards whose rules
 * can change (the seed loader passes the boards near a file's areas); left out, they are the boards
 * near the nodes written, found after the write (so that a node's new areas count, and its old ones
 * through their ended lines).
 */
export async function applyGraphRules(tx: TransactionRunner, ids: readonly string[] | null, boardIds?: readonly string[]): Promise<void> {
  // An empty list has nothing to sync (null, not [], means the whole graph).
  if (ids && ids.length > 0) await tx.run("graph/sync-area-ids", { ids });
  const boards = ids === null ? null : (boardIds ?? (await boardsNearNodes(tx, ids)));
  // Not only the boards written: a council written now gives a board of its area its line (the boards near it).
  await applyStatutoryLines(tx, boards);
  await markLastEvidenced(tx, boards);
}
