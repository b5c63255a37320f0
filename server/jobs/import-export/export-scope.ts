import type { QueryRunner } from "../../db/run-query.ts";
import { govError } from "../../errors.ts";
import type { Stored } from "../../graph/stored-values.ts";

export interface ScopeRelationship {
  type: string;
  from: string;
  to: string;
  properties: Stored;
}

export interface ExportDocument {
  file: string;
  title: string;
  date: string;
  dateNote: string | null;
  /** The sections that describe an area's whole structure, as stored (one JSON string each). */
  wholeStructure?: string[] | null;
}

/** The nodes and lines of an export, read in one query (cypher/import-export/export-scope.cypher). */
export interface ExportScope {
  nodes: Stored[];
  relationships: ScopeRelationship[];
  omittedRelationships: number;
  documents: ExportDocument[];
}

/** @throws GOV_NOT_FOUND when areaId names no Area */
export async function readExportScope(runner: QueryRunner, areaId: string | null): Promise<ExportScope> {
  return runner.readTransaction(async (tx) => {
    if (areaId) {
      const [refs] = await tx.run("graph/resolve-references", { ids: [areaId], documents: [] });
      if (refs?.nodes[0]?.label !== "Area") throw govError("GOV_NOT_FOUND", { kind: "Area", id: areaId, path: ["areaId"] });
    }
    const [row] = await tx.run("import-export/export-scope", { areaId });
    return row ?? { nodes: [], relationships: [], omittedRelationships: 0, documents: [] };
  });
}
