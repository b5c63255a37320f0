import type { TransactionRunner } from "../db/run-query.ts";
import { encodeSource } from "../domain/entity-record.ts";
import { STATUTORY_LINE_RULES } from "../domain/statutory-lines.ts";

/**
 * Draws the statutory lines (server/domain/statutory-lines.ts) for the boards
 * just written, inside the writer's own transaction: the seed loader, edits,
 * imports and a committee-system sync call it after writing boards, so a
 * Health and Wellbeing Board is a committee of its council however it arrived.
 * `boardIds` null redraws them for every board.
 */
export async function applyStatutoryLines(tx: TransactionRunner, boardIds: readonly string[] | null): Promise<number> {
  const rules = STATUTORY_LINE_RULES.map((rule) => ({
    id: rule.id,
    boardKind: rule.boardKind,
    namePattern: rule.namePattern,
    type: rule.type,
    source: encodeSource(rule.citation),
    statute: rule.statute,
    notBefore: rule.notBefore,
    unlessPartOf: rule.unlessPartOf,
  }));
  const [row] = await tx.run("graph/apply-statutory-lines", { boardIds, rules });
  return row?.lines ?? 0;
}
