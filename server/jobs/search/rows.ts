import { z } from "zod";
import { defineRows, mappedRow } from "../../db/row-schemas.ts";
import { EntityRecord } from "../../domain/entity-record.ts";

/** One row of each query in cypher/search/. */
export const searchRows = defineRows({
  "search/search-entities": mappedRow(z.object({ entity: EntityRecord, score: z.number() })),
});

type Rows = typeof searchRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
