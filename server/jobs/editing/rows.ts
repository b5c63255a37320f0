import { z } from "zod";
import { defineRows, StoredMap } from "../../db/row-schemas.ts";

/** A node's stored properties, with its label. */
export const EntityRow = z.object({ entity: StoredMap });
/** A relationship's stored properties. */
export const RelationshipRow = z.object({ relationship: StoredMap });

/** An entry of the audit log. */
export const AuditRow = z.object({
  entry: z.object({
    id: z.string(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entityId: z.string().nullish(),
    relationshipKey: z.string().nullish(),
    before: z.string().nullish(),
    after: z.string().nullish(),
  }),
});
export type AuditRow = z.infer<typeof AuditRow>;

/** The IN_AREA lines an area change ended or opened, each before and after. */
const AreaLines = z.object({ lines: z.array(z.object({ to: z.string(), before: StoredMap.nullable(), after: StoredMap })) });

/** One row of each query in cypher/editing/. */
export const editingRows = defineRows({
  "editing/audit-log": AuditRow,
  "editing/change-entity-areas": AreaLines,
  "editing/create-entity": EntityRow.extend({ created: z.boolean() }),
  "editing/create-relationship": RelationshipRow.extend({ created: z.boolean() }),
  "editing/entity-history": AuditRow,
  "editing/list-relationships": z.object({ type: z.string(), from: z.string(), to: z.string(), relationship: StoredMap }),
  "editing/lock-entity": EntityRow,
  "editing/lock-relationship": RelationshipRow,
  "editing/move-entity-area": AreaLines,
  "editing/replace-entity": EntityRow,
  "editing/replace-relationship": RelationshipRow,
});

type Rows = typeof editingRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
