import type { QueryRunner } from "../../db/run-query.ts";
import { toPopolo } from "./export-popolo.ts";
import { readExportScope } from "./export-scope.ts";
import { toSeedFiles } from "./export-seed-json.ts";

export type ExportFormat = "SEED_JSON" | "POPOLO";

export interface ExportResult {
  format: ExportFormat;
  content: string;
  nodes: number;
  relationships: number;
  omittedRelationships: number;
  warnings: string[];
}

/** Exports the graph, or one area of it, as seed JSON (which importGraph reads back unchanged) or as Popolo JSON. */
export async function exportGraph(runner: QueryRunner, areaId: string | null, format: ExportFormat): Promise<ExportResult> {
  const scope = await readExportScope(runner, areaId);
  const counts = { nodes: scope.nodes.length, relationships: scope.relationships.length, omittedRelationships: scope.omittedRelationships };
  if (format === "POPOLO") {
    return { format, content: `${JSON.stringify(toPopolo(scope), null, 2)}\n`, ...counts, warnings: [] };
  }
  const { files, warnings } = toSeedFiles(scope);
  return { format, content: `${JSON.stringify(files, null, 2)}\n`, ...counts, warnings };
}
