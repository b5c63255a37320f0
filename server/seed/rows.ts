import { z } from "zod";
import { countRow, defineRows, NoRows } from "../db/row-schemas.ts";

/** One row of each query in cypher/seed/. */
export const seedRows = defineRows({
  "seed/count-entities": countRow("count"),
  "seed/count-labels": z.object({ label: z.string(), count: z.number() }),
  "seed/count-relationship-types": z.object({ type: z.string(), count: z.number() }),
  "seed/create-nodes": countRow("nodes"),
  "seed/create-relationships": countRow("relationships"),
  "seed/existing-ids": z.object({ id: z.string() }),
  "seed/mark-whole-structure": NoRows,
  "seed/merge-document": NoRows,
  "seed/merge-nodes": countRow("nodes"),
  "seed/merge-relationships": countRow("relationships"),
});

type Rows = typeof seedRows;
declare module "../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
