import { z } from "zod";
import { countRow, defineRows, StoredMap } from "../../db/row-schemas.ts";

const ScopeRelationship = z.object({ type: z.string(), from: z.string(), to: z.string(), properties: StoredMap });
const ExportDocument = z.object({
  file: z.string(),
  title: z.string(),
  date: z.string(),
  dateNote: z.string().nullable(),
  wholeStructure: z.array(z.string()).nullish(),
});

/** The nodes and lines of an export, read in one query. */
export const ExportScope = z.object({
  nodes: z.array(StoredMap),
  relationships: z.array(ScopeRelationship),
  omittedRelationships: z.number(),
  documents: z.array(ExportDocument),
});

/** One row of each query in cypher/import-export/. */
export const importExportRows = defineRows({
  "import-export/export-scope": ExportScope,
  "import-export/snapshot-nodes": z.object({ id: z.string(), properties: StoredMap }),
  "import-export/snapshot-relationships": ScopeRelationship,
  "import-export/stamp-nodes": countRow("stamped"),
  "import-export/stamp-relationships": countRow("stamped"),
});

type Rows = typeof importExportRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
