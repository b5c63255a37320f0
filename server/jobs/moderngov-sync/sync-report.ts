import type { NotSeen } from "./map-committee.ts";
import type { SyncChange } from "./plan-changes.ts";

export interface ReportChange {
  what: "NODE" | "LINE";
  id: string;
  description: string;
  source: string | null;
}

export interface ProposedMatch {
  personId: string;
  personName: string;
  candidateId: string;
  candidateName: string;
}

export interface SyncReport {
  noChanges: boolean;
  summary: string;
  areaId: string;
  areaCreated: boolean;
  committees: number;
  committeesSkipped: number;
  meetingsRead: number;
  requests: number;
  nonMemberAttendances: number;
  added: ReportChange[];
  ended: ReportChange[];
  changed: ReportChange[];
  notSeenSince: NotSeen[];
  proposedMatches: ProposedMatch[];
  inferredKinds: { boardId: string; name: string; kind: string; reason: string }[];
  resumedFrom: string | null;
  /** Where the time went, in milliseconds: waiting for ModernGov, and reading and writing the graph. */
  timings: { fetchMs: number; databaseMs: number };
}

export function emptyReport(areaId: string, areaCreated: boolean): SyncReport {
  return {
    noChanges: true,
    summary: "",
    areaId,
    areaCreated,
    committees: 0,
    committeesSkipped: 0,
    meetingsRead: 0,
    requests: 0,
    nonMemberAttendances: 0,
    added: [],
    ended: [],
    changed: [],
    notSeenSince: [],
    proposedMatches: [],
    inferredKinds: [],
    resumedFrom: null,
    timings: { fetchMs: 0, databaseMs: 0 },
  };
}

export function addChanges(report: SyncReport, changes: readonly SyncChange[]): void {
  for (const change of changes) {
    report[change.action].push({ what: change.what === "node" ? "NODE" : "LINE", id: change.id, description: change.description, source: change.source });
  }
}

/** "no changes", or what was (or, in a dry run, would be) added, ended and changed. */
export function summarise(report: SyncReport, dryRun: boolean): string {
  const counts = report.added.length + report.ended.length + report.changed.length;
  report.noChanges = counts === 0 && !(report.areaCreated && !dryRun);
  const area = report.areaCreated ? `; area ${report.areaId} ${dryRun ? "would be created" : "created"} for this site` : "";
  const flags = report.notSeenSince.length > 0 ? `; ${report.notSeenSince.length} member(s) not seen since an earlier meeting, to confirm` : "";
  const body = counts === 0 ? "no changes" : `${report.added.length} added, ${report.ended.length} ended, ${report.changed.length} changed`;
  return `${dryRun ? "Dry run, nothing written: " : ""}${body} across ${report.committees} committee(s)${area}${flags}`;
}
