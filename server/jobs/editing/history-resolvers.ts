import type { AuditRow } from "./rows.ts";
import { requireRole } from "../../graph/access.ts";
import { requireAreaScope } from "../../graph/area-scope.ts";
import type { Resolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";
import { AuditLogArgs, HistoryArgs } from "./inputs.ts";
import { relationshipView } from "./relationship-view.ts";


const shown = ({ entry }: AuditRow) => ({
  id: entry.id,
  at: entry.at,
  actor: entry.actor,
  action: entry.action,
  entityId: entry.entityId ?? null,
  relationshipKey: entry.relationshipKey ?? null,
  before: entry.before ?? null,
  after: entry.after ?? null,
});

/** Lines with their versions, a node's history, and the audit log. The audit names people, so it needs sign-in. */
export const historyResolvers: Resolvers = {
  Query: {
    relationships: async (_parent, { entityId }, { runner }) => {
      const rows = await runner.read("editing/list-relationships", {
        id: entityId,
      });
      return rows.map((row) => relationshipView(row, row.relationship));
    },
    history: async (_parent, args, { runner, user }) => {
      requireRole(user, "viewer", "history");
      const { entityId, limit } = parseInput(HistoryArgs, args);
      return (await runner.read("editing/entity-history", { id: entityId, limit })).map(shown);
    },
    auditLog: async (_parent, args, { runner, user }) => {
      const editor = requireRole(user, "editor", "auditLog");
      const { actor, since, until, areaId, limit } = parseInput(AuditLogArgs, args);
      return runner.readTransaction(async (tx) => {
        // An editor limited to areas reads the log of those areas only: it names people and what they changed.
        if (areaId) await requireAreaScope(tx, editor, [areaId], `the audit log of ${areaId}`);
        const areaIds = areaId ? [areaId] : editor.areas ? [...editor.areas] : null;
        return (await tx.run("editing/audit-log", { actor: actor ?? null, since: since ?? null, until: until ?? null, areaIds, limit })).map(shown);
      });
    },
  },
};
