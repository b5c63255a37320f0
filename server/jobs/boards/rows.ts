import { z } from "zod";
import { defineRows, mappedRow } from "../../db/row-schemas.ts";
import { EntityRecord } from "../../domain/entity-record.ts";

/** A board with everything under it, as one row. */
export const BoardRow = z.object({
  board: EntityRecord,
  chairs: z.array(EntityRecord),
  members: z.array(EntityRecord),
  strategies: z.array(z.object({ strategy: EntityRecord, roles: z.array(z.string()), leads: z.array(EntityRecord) })),
});

/** One row of each query in cypher/boards/. */
export const boardsRows = defineRows({
  "boards/get-board-detail": mappedRow(BoardRow),
});

type Rows = typeof boardsRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
