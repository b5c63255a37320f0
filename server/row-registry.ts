import type { z } from "zod";
import { authRows } from "./auth/rows.ts";
import type { ServiceRows } from "./db/row-schemas.ts";
import { databaseRows } from "./db/rows.ts";
import type { QueryName } from "./generated/query-names.ts";
import { graphRows } from "./graph/rows.ts";
import { accessRows } from "./jobs/access/rows.ts";
import { actionsRows } from "./jobs/actions/rows.ts";
import { boardsRows } from "./jobs/boards/rows.ts";
import { documentDraftsRows } from "./jobs/document-drafts/rows.ts";
import { editingRows } from "./jobs/editing/rows.ts";
import { entitiesRows } from "./jobs/entities/rows.ts";
import { healthCheckRows } from "./jobs/health-check/rows.ts";
import { importExportRows } from "./jobs/import-export/rows.ts";
import { lastEvidencedRows } from "./jobs/last-evidenced/rows.ts";
import { moderngovSyncRows } from "./jobs/moderngov-sync/rows.ts";
import { oversightRows } from "./jobs/oversight/rows.ts";
import { searchRows } from "./jobs/search/rows.ts";
import { torReviewRows } from "./jobs/tor-review/rows.ts";
import { seedRows } from "./seed/rows.ts";

/**
 * Every service query's row schema, collected from the folders that declare
 * them. A query name without a schema fails the type check here (and the
 * runner, typed by ServiceRows, knows no row type for it).
 */
export const SERVICE_ROWS: ServiceRows = {
  ...databaseRows,
  ...authRows,
  ...graphRows,
  ...seedRows,
  ...accessRows,
  ...actionsRows,
  ...boardsRows,
  ...documentDraftsRows,
  ...editingRows,
  ...entitiesRows,
  ...healthCheckRows,
  ...importExportRows,
  ...lastEvidencedRows,
  ...moderngovSyncRows,
  ...oversightRows,
  ...searchRows,
  ...torReviewRows,
} satisfies Record<QueryName, z.ZodType>;
