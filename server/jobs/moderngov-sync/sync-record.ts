import type { Stored } from "../../graph/stored-values.ts";
import type { SyncReport } from "./sync-report.ts";

/** A sync as GraphQL shows it: the stored record with its report parsed. */
export function syncView(stored: Stored) {
  const report = typeof stored.report === "string" ? (JSON.parse(stored.report) as SyncReport) : null;
  return {
    id: String(stored.id),
    baseUrl: String(stored.baseUrl),
    host: String(stored.host),
    areaId: (stored.areaId as string | null) ?? null,
    from: (stored.from as string | null) ?? null,
    dryRun: stored.dryRun === true,
    state: String(stored.state) as "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED",
    requestedBy: String(stored.requestedBy),
    requestedAt: String(stored.requestedAt),
    finishedAt: (stored.finishedAt as string | null) ?? null,
    readOn: String(stored.readOn),
    committeesTotal: (stored.committeesTotal as number | null) ?? null,
    committeesDone: Number(stored.committeesDone ?? 0),
    place: (stored.place as string | null) ?? null,
    stoppedAt: (stored.stoppedAt as string | null) ?? null,
    error: (stored.error as string | null) ?? null,
    errorCode: (stored.errorCode as string | null) ?? null,
    report,
  };
}
export type SyncView = ReturnType<typeof syncView>;
