import { encodeSource } from "../../domain/entity-record.ts";
import type { MgMeeting } from "./moderngov-records.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** 2026-01-14 as "14 January 2026". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** "ModernGov GetMeeting 7837, 14 January 2026": what `lastEvidencedIn` says. */
export function meetingCitation(meeting: MgMeeting): string {
  return `ModernGov GetMeeting ${meeting.id}, ${longDate(meeting.date)}`;
}

/** A stored source citing one meeting's attendance. */
export function meetingSource(meeting: MgMeeting): string {
  return encodeSource({ document: `ModernGov GetMeeting ${meeting.id}`, section: "attendees", date: meeting.date });
}

/** A stored source citing an operation (GetCommittees, GetCouncillorsByWard) or a page, and the item in it. */
export function operationSource(operation: string, section: string, date: string): string {
  return encodeSource({ document: `ModernGov ${operation}`, section, date });
}

/** The host as an id part: democracy.testshire.gov.uk:8080 → democracy-testshire-gov-uk-8080. */
export function hostSlug(host: string): string {
  return host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/&/g, " and ")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "unnamed"
  );
}
