import { z } from "zod";
import { requireRole } from "../../graph/access.ts";
import { IsoDate } from "../../graph/scalars.ts";
import type { Resolvers } from "../../generated/graphql.ts";
import { exportGraph } from "./export-graph.ts";
import { runImport } from "./run-import.ts";
import { parseInput } from "../parse-input.ts";

const ImportGraphArgs = z.object({
  format: z.enum(["JSON", "CSV"]),
  content: z.string().min(1, "must not be empty"),
  lines: z.string().nullish(),
  document: z
    .object({ file: z.string(), title: z.string(), date: IsoDate, dateNote: z.string().nullish() })
    .nullish(),
  dryRun: z.boolean().default(true),
});

const ExportGraphArgs = z.object({
  areaId: z.string().min(1).max(200).nullish(),
  format: z.enum(["SEED_JSON", "POPOLO"]).default("SEED_JSON"),
});

/** Import needs the editor role; export is a read, open to whoever may read. */
export const importExportResolvers: Resolvers = {
  Query: {
    exportGraph: async (_parent, args, { runner }) => {
      const { areaId, format } = parseInput(ExportGraphArgs, args);
      return exportGraph(runner, areaId ?? null, format);
    },
  },
  Mutation: {
    importGraph: async (_parent, args, { runner, user }) => {
      const actor = requireRole(user, "editor", "importGraph");
      const input = parseInput(ImportGraphArgs, args);
      const report = await runImport(runner, { ...input, lines: input.lines ?? null, document: input.document ?? null }, actor);
      return report;
    },
  },
};
