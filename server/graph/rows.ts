import { z } from "zod";
import { countRow, defineRows, mappedRow } from "../db/row-schemas.ts";
import { EntityRecord } from "../domain/entity-record.ts";
import { WholeStructureFactsRow } from "./last-evidenced.ts";

/** One row of each query in cypher/graph/, the queries the jobs share. */
export const graphRows = defineRows({
  "graph/apply-statutory-lines": countRow("lines"),
  "graph/areas-in-scope": z.object({ areaId: z.string(), inScope: z.boolean() }),
  "graph/areas-of-nodes": z.object({ id: z.string(), areaIds: z.array(z.string()) }),
  "graph/boards-near-nodes": z.object({ boardIds: z.array(z.string()) }),
  "graph/document-whole-structure": z.object({ wholeStructure: z.array(z.string()) }),
  "graph/get-board": mappedRow(z.object({ board: EntityRecord })),
  "graph/list-whole-structure-facts": WholeStructureFactsRow,
  "graph/list-whole-structure-facts-of-boards": WholeStructureFactsRow,
  "graph/record-audit-entries": countRow("recorded"),
  "graph/resolve-references": z.object({
    nodes: z.array(z.object({ id: z.string(), label: z.string().nullable() })),
    documents: z.array(z.object({ file: z.string(), date: z.string().nullable() })),
  }),
  "graph/set-last-evidenced": z.object({ nodes: z.number(), lines: z.number() }),
  "graph/sync-area-ids": countRow("nodes"),
});

type Rows = typeof graphRows;
declare module "../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
