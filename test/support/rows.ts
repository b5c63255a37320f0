import { z } from "zod";
import { countRow, defineRows, NoRows, StoredMap } from "../../server/db/row-schemas.ts";

const Line = z.object({ type: z.string(), from: z.string(), to: z.string(), properties: StoredMap });

/** One row of each query in test/cypher/. */
export const testRows = defineRows({
  "test/count-for-long": countRow("pairs"),
  "test/count-nodes-holding-value": countRow("count"),
  "test/create-seed-person": z.object({ id: z.string() }),
  "test/divide-by-zero": z.object({ never: z.number() }),
  "test/get-fact": z.object({ type: z.string(), sources: z.array(z.string()), validFrom: z.string(), validTo: z.string().nullable() }),
  "test/graph-fingerprint": z.object({ id: z.string(), labels: z.array(z.string()), properties: StoredMap, lines: z.array(z.unknown()) }),
  "test/graph-snapshot": z.object({
    nodes: z.array(z.object({ labels: z.array(z.string()), properties: StoredMap })),
    relationships: z.array(z.object({ type: z.string(), from: StoredMap, to: StoredMap, properties: StoredMap })),
  }),
  "test/list-one-time-links": z.object({ link: StoredMap }),
  "test/moderngov-facts": z.object({ nodes: z.array(StoredMap), lines: z.array(Line), auditActions: z.array(z.string()) }),
  "test/wipe-all": NoRows,
});
export type TestRows = typeof testRows;
