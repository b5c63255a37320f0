import { z } from "zod";
import { defineRows } from "../../db/row-schemas.ts";
import { ACCESS_ROLES } from "../../graph/access.ts";

/** An API token as the queries return it (never its hash). */
export const ApiTokenRecord = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ACCESS_ROLES),
  /** The areas the role is limited to; null: every area. */
  areas: z.array(z.string()).nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
});
export type ApiTokenRecord = z.infer<typeof ApiTokenRecord>;

/** One row of each query in cypher/access/. */
export const accessRows = defineRows({
  "access/create-api-token": z.object({ token: ApiTokenRecord }),
  "access/list-api-tokens": z.object({ token: ApiTokenRecord }),
  "access/revoke-api-token": z.object({ wasRevoked: z.boolean(), token: ApiTokenRecord }),
});

type Rows = typeof accessRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
