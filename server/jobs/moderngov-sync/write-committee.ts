import type { TransactionRunner } from "../../db/run-query.ts";
import { type AuditChange, recordAudit } from "../../graph/audit.ts";
import { type CommitteeTransaction, endCommitteeTransaction } from "./end-committee-transaction.ts";

const LINE_DATES = ["validFrom", "validTo", "lastEvidencedOn", "notSeenSince", "viceChairFrom", "viceChairTo"] as const;

/** One committee's changed facts, their audit entries and the sync's progress, in the caller's transaction. */
export async function writeCommittee(tx: TransactionRunner, committee: CommitteeTransaction): Promise<void> {
  const { plan, areaId, actor } = committee;
  if (plan.nodes.length > 0) {
    const nodes = plan.nodes.map(({ item, properties }) => {
      const { validTo, ...rest } = properties;
      return { id: item.id, label: item.label, properties: rest, validTo: validTo ?? null };
    });
    await tx.run("moderngov-sync/write-nodes", { areaId, nodes });
  }
  if (plan.lines.length > 0) {
    const lines = plan.lines.map(({ item, properties }) => {
      const rest: Record<string, unknown> = { ...properties };
      const dates: Record<string, unknown> = {};
      for (const key of LINE_DATES) {
        dates[key] = properties[key] ?? null;
        delete rest[key];
      }
      return { type: item.type, from: item.from, to: item.to, properties: rest, dates };
    });
    await tx.run("moderngov-sync/write-lines", { lines });
  }
  const audit: AuditChange[] = plan.changes.map((change) => {
    const action = `MODERNGOV_${change.action.toUpperCase()}_${change.what.toUpperCase()}`;
    if (change.what === "node") return { action, entityId: change.id, before: change.before, after: change.after };
    const [type = "", ends = ""] = change.id.split(":");
    const [from = "", to = ""] = ends.split("->");
    return { action, relationship: { type, from, to }, before: change.before, after: change.after };
  });
  await recordAudit(tx, actor, audit);
  await endCommitteeTransaction(tx, committee);
}
