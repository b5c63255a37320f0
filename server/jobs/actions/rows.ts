import { z } from "zod";
import { defineRows, mappedRow } from "../../db/row-schemas.ts";
import { ActionRow } from "./action-record.ts";

/** One row of each query in cypher/actions/. */
export const actionsRows = defineRows({
  "actions/create-action": z.object({ id: z.string() }),
  "actions/find-person": z.object({ id: z.string(), name: z.string().nullable() }),
  "actions/list-actions": mappedRow(ActionRow),
  "actions/lock-action": mappedRow(z.object({ action: ActionRow.shape.action })),
  "actions/update-action": z.object({ version: z.number(), moved: z.number() }),
});

type Rows = typeof actionsRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
