import { z } from "zod";
import { defineRows } from "../server/db/row-schemas.ts";

/** One row of each query in bench/cypher/. */
export const benchRows = defineRows({
  "bench/count-synthetic-councils": z.object({ councils: z.number() }),
});
export type BenchRows = typeof benchRows;
