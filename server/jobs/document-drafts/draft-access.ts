import type { AuthUser } from "../../graph/access.ts";
import { requireRole } from "../../graph/access.ts";
import type { StoredDraft } from "./draft-record.ts";

/**
 * The one place where writing a draft's accepted facts is authorised. Editors
 * may; the area-scope check (may this editor write in the draft's area?) is to
 * be called here too, with `draft.areaId`, once the shared layer has it.
 */
export function requireDraftWriter(user: AuthUser | null | undefined, draft: Pick<StoredDraft, "areaId">, action: string): AuthUser {
  void draft.areaId;
  return requireRole(user, "editor", action);
}

/** Reading and making drafts is editors' work too: a draft holds a whole document. */
export function requireDraftReader(user: AuthUser | null | undefined, action: string): AuthUser {
  return requireRole(user, "editor", action);
}
