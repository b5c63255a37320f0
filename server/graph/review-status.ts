/**
 * When a board's terms of reference fall due for review, and what that makes
 * their status on a date. Pure date arithmetic on ISO dates (UTC), shared by
 * the review and the health check's terms-of-reference rule.
 */
import type { ReviewDueBasis, TermsOfReferenceStatus } from "../generated/graphql.ts";

/** Without a stated review date, terms are taken to be due a year after adoption (a common council convention). */
export const REVIEW_YEARS_AFTER_ADOPTION = 1;

/** Window for DUE_SOON. @default 90 */
export const DEFAULT_DUE_WITHIN_DAYS = 90;

const DAY_MS = 86_400_000;

function utc(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** Adds whole years; 29 February becomes 28 February in a year that has none. */
export function addYears(iso: string, years: number): string {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return new Date(Date.UTC(year + years, month - 1, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / DAY_MS);
}

export interface ReviewDates {
  adoptedOn: string | null;
  reviewDue: string | null;
  statusNote?: string | null;
}

export interface ReviewAssessment {
  status: TermsOfReferenceStatus;
  reviewDue: string | null;
  reviewDueBasis: ReviewDueBasis | null;
  daysUntilReview: number | null;
  reason: string;
}

export function effectiveReviewDue(terms: ReviewDates): { date: string | null; basis: ReviewDueBasis } {
  if (terms.reviewDue) return { date: terms.reviewDue, basis: "STATED" };
  if (terms.adoptedOn) return { date: addYears(terms.adoptedOn, REVIEW_YEARS_AFTER_ADOPTION), basis: "ADOPTED_PLUS_ONE_YEAR" };
  return { date: null, basis: "UNKNOWN" };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** The status of a board's terms (null: none in force) on `asOf`, with a one-line reason. */
export function reviewStatus(terms: ReviewDates | null, asOf: string, dueWithinDays: number): ReviewAssessment {
  if (!terms) {
    return { status: "MISSING", reviewDue: null, reviewDueBasis: null, daysUntilReview: null, reason: `No terms of reference in force on ${asOf}.` };
  }
  const note = terms.statusNote ? ` The record says: "${terms.statusNote}".` : "";
  const { date, basis } = effectiveReviewDue(terms);
  if (!date) {
    return {
      status: "OVERDUE",
      reviewDue: null,
      reviewDueBasis: basis,
      daysUntilReview: null,
      reason: `Neither a review date nor an adoption date is recorded, so nothing shows the terms are current.${note}`,
    };
  }
  const days = daysBetween(asOf, date);
  const due =
    basis === "STATED"
      ? `Review due ${date}`
      : `No review date stated; adopted ${terms.adoptedOn}, so review taken as due a year later, ${date}`;
  if (days < 0) {
    return { status: "OVERDUE", reviewDue: date, reviewDueBasis: basis, daysUntilReview: days, reason: `${due}: ${plural(-days, "day")} overdue on ${asOf}.${note}` };
  }
  const when = days === 0 ? "today" : `in ${plural(days, "day")}`;
  const status: TermsOfReferenceStatus = days <= dueWithinDays ? "DUE_SOON" : "CURRENT";
  const window = status === "DUE_SOON" ? `, within the ${dueWithinDays}-day window` : "";
  return { status, reviewDue: date, reviewDueBasis: basis, daysUntilReview: days, reason: `${due}: ${when}${window}.${note}` };
}
