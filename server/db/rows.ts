import { z } from "zod";
import { defineRows, NoRows } from "./row-schemas.ts";

/** One row of each query in cypher/schema/ and cypher/health/. */
export const databaseRows = defineRows({
  "health/ping": z.object({ ok: z.number() }),
  "schema/applied-migrations": z.object({ id: z.string() }),
  "schema/record-migration": NoRows,
});

type Rows = typeof databaseRows;
declare module "./row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
