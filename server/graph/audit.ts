import { randomUUID } from "node:crypto";
import type { AuthUser } from "./access.ts";
import type { TransactionRunner } from "../db/run-query.ts";
import { auditJson, type Stored } from "./stored-values.ts";

export interface RelationshipKey {
  type: string;
  from: string;
  to: string;
}

/** One change to record: a node (entityId) or a line (relationship), or neither (tokens), with the stored values before and after. */
export interface AuditChange {
  action: string;
  entityId?: string;
  relationship?: RelationshipKey;
  before: Stored | null;
  after: Stored | null;
}

/** `type:from->to`, the same id GraphEdge gives a line. */
export function relationshipKey({ type, from, to }: RelationshipKey): string {
  return `${type}:${from}->${to}`;
}

/** Appends entries to the audit log inside the caller's transaction, so that a change and its record commit together. */
export async function recordAudit(tx: TransactionRunner, user: AuthUser, changes: readonly AuditChange[]): Promise<void> {
  if (changes.length === 0) return;
  const entries = changes.map((change, seq) => ({
    id: randomUUID(),
    seq,
    action: change.action,
    entityId: change.entityId ?? null,
    relationshipKey: change.relationship ? relationshipKey(change.relationship) : null,
    fromId: change.relationship?.from ?? null,
    toId: change.relationship?.to ?? null,
    before: auditJson(change.before),
    after: auditJson(change.after),
  }));
  // Large imports write many entries: send them in slices so that no single parameter list is huge.
  for (let start = 0; start < entries.length; start += 2000) {
    await tx.run("graph/record-audit-entries", { actor: user.name, actorId: user.id, entries: entries.slice(start, start + 2000) });
  }
}
