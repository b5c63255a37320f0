import { z } from "zod";
import { countRow, defineRows, StoredMap } from "../../db/row-schemas.ts";

const Area = z.object({ id: z.string(), name: z.string() });
const SyncRow = z.object({ sync: StoredMap });
const SyncId = z.object({ id: z.string() });

/** One row of each query in cypher/moderngov-sync/. */
export const moderngovSyncRows = defineRows({
  "moderngov-sync/create-area": z.object({ area: Area }),
  "moderngov-sync/create-sync": SyncId,
  "moderngov-sync/find-area": z.object({ area: Area.nullable() }),
  "moderngov-sync/find-resumable-sync": z.object({ id: z.string(), doneCommitteeIds: z.array(z.string()) }),
  "moderngov-sync/finish-sync": SyncId,
  "moderngov-sync/get-sync": SyncRow,
  "moderngov-sync/list-area-syncs": SyncRow,
  "moderngov-sync/propose-person-matches": z.object({ personId: z.string(), candidateId: z.string(), candidateName: z.string(), score: z.number() }),
  "moderngov-sync/read-committee-state": z.object({
    nodes: z.array(StoredMap),
    lines: z.array(z.object({ type: z.string(), from: z.string(), to: z.string(), properties: StoredMap })),
  }),
  "moderngov-sync/record-sync-progress": SyncId,
  "moderngov-sync/write-lines": countRow("written"),
  "moderngov-sync/write-nodes": countRow("written"),
});

type Rows = typeof moderngovSyncRows;
declare module "../../db/row-schemas.ts" {
  interface ServiceRows extends Rows {}
}
