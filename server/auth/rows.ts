import { z } from "zod";
import { defineRows } from "../db/row-schemas.ts";

const SessionVoid = z.object({ voidedAt: z.number() });

/** One row of each query in cypher/auth/. */
export const authRows = defineRows({
  "auth/claim-one-time-link": z.object({ usedAt: z.number().nullable(), expiresAt: z.number() }),
  "auth/create-one-time-link": z.object({ hash: z.string() }),
  "auth/find-api-token": z.object({ token: z.object({ id: z.string(), name: z.string(), role: z.string(), areas: z.array(z.string()).nullish() }) }),
  "auth/find-session-void": SessionVoid,
  "auth/record-session-void": SessionVoid,
});

type Rows = typeof authRows;
declare module "../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
