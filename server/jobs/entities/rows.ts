import { z } from "zod";
import { defineRows, mappedRow } from "../../db/row-schemas.ts";
import { EntityRecord } from "../../domain/entity-record.ts";

const EntityRow = mappedRow(z.object({ entity: EntityRecord }));

/** One row of each query in cypher/entities/. */
export const entitiesRows = defineRows({
  "entities/get-entity": EntityRow,
  "entities/list-entities": EntityRow,
  "entities/list-documents": z.object({ document: z.object({ file: z.string(), title: z.string(), date: z.string() }) }),
});

type Rows = typeof entitiesRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
