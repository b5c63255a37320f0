import { accessJob } from "./jobs/access/access-job.ts";
import { actionsJob } from "./jobs/actions/actions-job.ts";
import { boardPaperJob } from "./jobs/board-paper/board-paper-job.ts";
import { boardsJob } from "./jobs/boards/boards-job.ts";
import { documentDraftsJob } from "./jobs/document-drafts/document-drafts-job.ts";
import { editingJob } from "./jobs/editing/editing-job.ts";
import { entitiesJob } from "./jobs/entities/entities-job.ts";
import { lastEvidencedJob } from "./jobs/last-evidenced/last-evidenced-job.ts";
import { healthCheckJob } from "./jobs/health-check/health-check-job.ts";
import { importExportJob } from "./jobs/import-export/import-export-job.ts";
import type { JobManifest } from "./jobs/job-manifest.ts";
import { moderngovSyncJob } from "./jobs/moderngov-sync/moderngov-sync-job.ts";
import { oversightJob } from "./jobs/oversight/oversight-job.ts";
import { searchJob } from "./jobs/search/search-job.ts";
import { torReviewJob } from "./jobs/tor-review/tor-review-job.ts";

/** Every job the app serves: adding a job is adding its folder and one line here. */
export const JOBS: readonly JobManifest[] = [
  entitiesJob,
  searchJob,
  oversightJob,
  torReviewJob,
  healthCheckJob,
  editingJob,
  importExportJob,
  accessJob,
  boardsJob,
  lastEvidencedJob,
  documentDraftsJob,
  boardPaperJob,
  actionsJob,
  moderngovSyncJob,
];
