import type { Resolvers } from "../../generated/graphql.ts";
import { requireRole } from "../../graph/access.ts";
import { parseInput } from "../parse-input.ts";
import { ImportFromModernGovArgs, ModernGovSyncArgs, ModernGovSyncsArgs } from "./inputs.ts";
import { startSync } from "./run-sync.ts";
import { syncView } from "./sync-record.ts";
import { syncSettings } from "./sync-settings.ts";

/** Starting a sync needs the editor role; its progress and report are reads. */
export const moderngovSyncResolvers: Resolvers = {
  Query: {
    modernGovSync: async (_parent, args, { runner }) => {
      const { id } = parseInput(ModernGovSyncArgs, args);
      const [row] = await runner.read("moderngov-sync/get-sync", { id });
      return row ? syncView(row.sync) : null;
    },
    modernGovSyncs: async (_parent, args, { runner }) => {
      const { areaId, limit } = parseInput(ModernGovSyncsArgs, args);
      const rows = await runner.read("moderngov-sync/list-area-syncs", { areaId, limit });
      return rows.map((row) => syncView(row.sync));
    },
  },
  Mutation: {
    importFromModernGov: async (_parent, args, { runner, user, config, logger }) => {
      const actor = requireRole(user, "editor", "importFromModernGov");
      const input = parseInput(ImportFromModernGovArgs, args);
      const request = { baseUrl: input.baseUrl, areaId: input.areaId ?? null, from: input.from ?? null, dryRun: input.dryRun };
      const { id } = await startSync(runner, request, actor, syncSettings(config, "service"), logger);
      const [row] = await runner.read("moderngov-sync/get-sync", { id });
      if (!row) throw new Error(`sync ${id} was recorded but cannot be read`);
      return syncView(row.sync);
    },
  },
};
