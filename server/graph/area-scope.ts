import type { TransactionRunner } from "../db/run-query.ts";
import { govError } from "../errors.ts";
import type { AuthUser } from "./access.ts";

/** The named-query runner this check needs: the editing, import and review jobs all pass theirs. */
type ScopeRunner = Pick<TransactionRunner, "run">;

/** True when the caller's role is limited to some areas (from a claim, or set on the API token). */
export function isAreaLimited(user: AuthUser | null | undefined): user is AuthUser & { areas: readonly string[] } {
  return Array.isArray(user?.areas);
}

/**
 * The one area-aware check every write path calls. `areaIds` are the areas of
 * what is being changed (a node's areas; for a line, both ends' areas; for a
 * new node, the areas it is created in). The change is allowed when the role
 * is not limited to areas, or when at least one of them is an area of the
 * role or a sub-area of one (PART_OF, open lines): a node of several areas
 * may be changed by an editor of any one of them.
 * @throws GOV_FORBIDDEN naming the areas, when none is in scope (also when there are none)
 */
export async function requireAreaScope(tx: ScopeRunner, user: AuthUser | null | undefined, areaIds: readonly string[], what: string): Promise<void> {
  if (!isAreaLimited(user)) return;
  (await areaScopeFor(tx, user, areaIds))(areaIds, what);
}

/**
 * The same check for many changes at once (an import): one query decides which
 * of `allAreaIds` are in scope, and the returned function checks each change in
 * memory. Each change's areas must be among `allAreaIds`.
 */
export async function areaScopeFor(
  tx: ScopeRunner,
  user: AuthUser | null | undefined,
  allAreaIds: readonly string[],
): Promise<(areaIds: readonly string[], what: string) => void> {
  if (!isAreaLimited(user)) return () => undefined;
  const scope = [...user.areas];
  const unique = [...new Set(allAreaIds)];
  const rows = unique.length > 0 ? await tx.run("graph/areas-in-scope", { areaIds: unique, scope }) : [];
  const inScope = new Set(rows.filter((row) => row.inScope).map((row) => row.areaId));
  return (areaIds, what) => {
    if (areaIds.some((id) => inScope.has(id))) return;
    const ids = [...new Set(areaIds)];
    const yours = scope.length > 0 ? scope.join(", ") : "no area";
    const detail =
      ids.length === 0
        ? `${what} is in no area, and your role is limited to ${yours}`
        : `${what} is in ${ids.length === 1 ? "area" : "areas"} ${ids.join(", ")}, outside your ${scope.length === 1 ? "area" : "areas"} ${yours}`;
    throw govError("GOV_FORBIDDEN", { detail, areaIds: ids, allowedAreaIds: scope });
  };
}

/** Each node's areas (see cypher/graph/areas-of-nodes.cypher); nodes that do not exist are left out. */
export async function areasOfNodes(tx: ScopeRunner, ids: readonly string[]): Promise<Map<string, string[]>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx.run("graph/areas-of-nodes", { ids: unique });
  return new Map(rows.map((row) => [row.id, row.areaIds]));
}

/**
 * The check for existing nodes (or, with several ids, a line between them): the
 * union of their areas must reach the caller's scope. Skips the lookup entirely
 * for a caller whose role is not limited to areas.
 */
export async function requireNodesInScope(tx: ScopeRunner, user: AuthUser | null | undefined, nodeIds: readonly string[], what: string): Promise<void> {
  if (!isAreaLimited(user)) return;
  const areas = await areasOfNodes(tx, nodeIds);
  await requireAreaScope(tx, user, [...areas.values()].flat(), what);
}
