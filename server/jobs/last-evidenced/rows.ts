import { z } from "zod";
import { defineRows, StoredMap } from "../../db/row-schemas.ts";

/** One row of each query in cypher/last-evidenced/. */
export const lastEvidencedRows = defineRows({
  "last-evidenced/lock-marked-node": z.object({ entity: StoredMap }),
  "last-evidenced/store-settled-node": z.object({ entity: StoredMap }),
});

type Rows = typeof lastEvidencedRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
