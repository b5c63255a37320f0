/** The register's rows: filtered, sorted and written as CSV, all from the review's answer. */
import type { TermsRegisterQuery } from "../generated/graphql.ts";

export type RegisterStatus = TermsRegisterQuery["termsOfReferenceReview"]["boards"][number]["status"];
export type SortKey = "urgency" | "board" | "reviewDue" | "lastReviewedOn" | "status";

export interface RegisterRow {
  boardId: string;
  boardName: string;
  status: RegisterStatus;
  reason: string;
  reviewDue: string | null;
  /** True when the review date is taken as a year after adoption, not stated. */
  reviewDueAssumed: boolean;
  daysUntilReview: number | null;
  lastReviewedOn: string | null;
  version: number | null;
  disagreements: number;
  /** Open actions of the board past their due date. */
  overdueActions: number;
}

export interface RegisterFilter {
  /** Only these statuses; all when empty. */
  statuses: readonly RegisterStatus[];
  /** Part of a board's name, any case. */
  text: string;
}

export const STATUS_WORDS: Record<RegisterStatus, string> = { CURRENT: "Current", DUE_SOON: "Due soon", OVERDUE: "Overdue", MISSING: "Missing" };
const URGENCY: Record<RegisterStatus, number> = { OVERDUE: 0, MISSING: 1, DUE_SOON: 2, CURRENT: 3 };

export function registerRows(review: TermsRegisterQuery["termsOfReferenceReview"]): RegisterRow[] {
  return review.boards.map((item) => ({
    boardId: item.board.id,
    boardName: item.board.name,
    status: item.status,
    reason: item.reason,
    reviewDue: item.reviewDue ?? null,
    reviewDueAssumed: item.reviewDueBasis === "ADOPTED_PLUS_ONE_YEAR",
    daysUntilReview: item.daysUntilReview ?? null,
    lastReviewedOn: item.lastReviewedOn ?? null,
    version: item.termsOfReference?.version ?? null,
    disagreements: item.discrepancies.length,
    overdueActions: item.overdueActions ?? 0,
  }));
}

export function filterRows(rows: readonly RegisterRow[], filter: RegisterFilter): RegisterRow[] {
  const text = filter.text.trim().toLowerCase();
  return rows.filter((row) => (filter.statuses.length === 0 || filter.statuses.includes(row.status)) && (!text || row.boardName.toLowerCase().includes(text)));
}

/** Dates sort with the unknown last, whichever the direction, so that gaps never hide at the top of a list. */
function byDate(a: string | null, b: string | null, direction: 1 | -1): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b) * direction;
}

export function sortRows(rows: readonly RegisterRow[], key: SortKey, direction: "ascending" | "descending" = "ascending"): RegisterRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const byName = (a: RegisterRow, b: RegisterRow) => a.boardName.localeCompare(b.boardName);
  const compare: Record<SortKey, (a: RegisterRow, b: RegisterRow) => number> = {
    urgency: (a, b) => (URGENCY[a.status] - URGENCY[b.status]) * sign || byDate(a.reviewDue, b.reviewDue, 1) || byName(a, b),
    status: (a, b) => STATUS_WORDS[a.status].localeCompare(STATUS_WORDS[b.status]) * sign || byName(a, b),
    board: (a, b) => byName(a, b) * sign,
    reviewDue: (a, b) => byDate(a.reviewDue, b.reviewDue, sign) || byName(a, b),
    lastReviewedOn: (a, b) => byDate(a.lastReviewedOn, b.lastReviewedOn, sign) || byName(a, b),
  };
  return [...rows].sort(compare[key]);
}

/** One CSV cell: quoted, and a leading =, +, - or @ defused so that a spreadsheet never runs it as a formula. */
function cell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export const CSV_COLUMNS = ["Board", "Board id", "Status", "Review date", "Review date basis", "Days until review", "Last review", "Terms version", "Disagreements with the graph", "Overdue actions", "Why"];

/** The rows as CSV (RFC 4180, CRLF), in the order shown. */
export function registerCsv(rows: readonly RegisterRow[]): string {
  const lines = rows.map((row) =>
    [
      row.boardName,
      row.boardId,
      STATUS_WORDS[row.status],
      row.reviewDue,
      row.reviewDue ? (row.reviewDueAssumed ? "a year after adoption" : "stated") : null,
      row.daysUntilReview,
      row.lastReviewedOn,
      row.version,
      row.disagreements,
      row.overdueActions,
      row.reason,
    ]
      .map(cell)
      .join(","),
  );
  return [CSV_COLUMNS.map(cell).join(","), ...lines].join("\r\n") + "\r\n";
}
