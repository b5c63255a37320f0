import type { AuthUser } from "../../graph/access.ts";
import { requireRole } from "../../graph/access.ts";
import { requireAreaScope } from "../../graph/area-scope.ts";
import type { TransactionRunner } from "../../db/run-query.ts";
import type { StoredDraft } from "./draft-record.ts";

/**
 * The one place where writing a draft's accepted facts is authorised: editors
 * may, and an editor limited to areas only for a draft of an area in scope
 * (the facts are written into the draft's area).
 */
export async function requireDraftWriter(tx: Pick<TransactionRunner, "run">, user: AuthUser | null | undefined, draft: Pick<StoredDraft, "areaId">, action: string): Promise<AuthUser> {
  const actor = requireRole(user, "editor", action);
  await requireAreaScope(tx, actor, draft.areaId ? [draft.areaId] : [], `the facts of a draft (${action})`);
  return actor;
}

/** Reading and making drafts is editors' work too: a draft holds a whole document. */
export function requireDraftReader(user: AuthUser | null | undefined, action: string): AuthUser {
  return requireRole(user, "editor", action);
}
