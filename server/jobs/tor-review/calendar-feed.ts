/**
 * The review dates of an area's boards as an iCalendar feed (RFC 5545) that
 * Outlook and Google Calendar subscribe to: one all-day event per board with a
 * known next review date. The UID is derived from the board alone, so when a
 * review moves the date, subscribers see the same event move, not a second one.
 */
import ical, { ICalCalendarMethod } from "ical-generator";
import type { BoardTermsItem } from "./review-boards.ts";

const STATUS_WORDS = { CURRENT: "current", DUE_SOON: "due soon", OVERDUE: "overdue", MISSING: "missing" } as const;

/** The event id of a board's next review: stable across revisions and dates. */
export function reviewEventUid(boardId: string): string {
  return `tor-review-${boardId}@governance-graph`;
}

export interface CalendarFeedOptions {
  areaName: string;
  /** Where the register page is, linked from every event. */
  registerUrl: string | null;
  /** When the feed was made: the events' DTSTAMP. */
  now: Date;
}

function nextDay(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/** The feed's text. Boards without terms or without a known review date have no event: there is no date to put in a calendar. */
export function calendarFeed(items: readonly BoardTermsItem[], options: CalendarFeedOptions): string {
  const calendar = ical({
    name: `Terms-of-reference reviews: ${options.areaName}`,
    description: `Next review date of each board's terms of reference in ${options.areaName}.`,
    prodId: { company: "governance-graph", product: "terms-of-reference-reviews", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60 * 6,
  });
  for (const item of items) {
    if (!item.reviewDue || !item.termsOfReference) continue;
    const version = Number((item.termsOfReference as Record<string, unknown>).version ?? 1) || 1;
    calendar.createEvent({
      id: reviewEventUid(item.board.id),
      // A revision bumps the version, so a moved date also carries a higher SEQUENCE (RFC 5545 3.8.7.4).
      sequence: version,
      stamp: options.now,
      start: new Date(`${item.reviewDue}T00:00:00Z`),
      end: nextDay(item.reviewDue),
      allDay: true,
      summary: `Terms of reference review: ${item.board.name}`,
      description: `${item.board.name}: terms of reference ${STATUS_WORDS[item.status]} (version ${version}). ${item.reason}`,
      ...(options.registerUrl ? { url: options.registerUrl } : {}),
    });
  }
  return calendar.toString();
}
