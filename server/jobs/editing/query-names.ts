import { authQueries } from "../../auth/queries.ts";
import { importExportQueries } from "../import-export/queries.ts";
import { editingQueries, editingTestQueries } from "./queries.ts";

/** Every named query of the editing job: edits and audit, access control, import and export. */
export const editingQueryNames: readonly string[] = [
  ...Object.values(editingQueries),
  ...Object.values(authQueries),
  ...Object.values(importExportQueries),
  ...Object.values(editingTestQueries),
];
