import { searchTextFor } from "../../domain/search-text.ts";
import { hostSlug, meetingCitation, meetingSource, operationSource, slug } from "./citations.ts";
import { inferBoardKind } from "./infer-kind.ts";
import type { MgAttendee, MgCommittee, MgCommitteePage, MgCouncillor, MgMeetingDetail } from "./moderngov-records.ts";

/** Properties as the sync means to store them; dates as YYYY-MM-DD strings, null to remove. */
export type Props = Record<string, string | boolean | string[] | null>;

export interface DesiredNode {
  id: string;
  label: "Board" | "Person" | "Organisation";
  properties: Props;
}

export interface DesiredLine {
  type: "CHAIRS" | "MEMBER_OF" | "REPRESENTS";
  from: string;
  to: string;
  properties: Props;
}

export interface NotSeen {
  personId: string;
  personName: string;
  boardId: string;
  boardName: string;
  lastEvidencedOn: string;
  notSeenSince: string;
}

export interface CommitteeFacts {
  board: DesiredNode;
  nodes: DesiredNode[];
  lines: DesiredLine[];
  notSeen: NotSeen[];
  /** Attendees who attend but are not members (officers, substitutes, observers). */
  nonMembers: number;
}

export interface MappingContext {
  host: string;
  areaId: string;
  /** The start of the window read (--from), or null when the whole history was read. */
  windowFrom: string | null;
  /** The date of reading, for facts that no meeting dates (a committee page, an ended committee with no meetings). */
  readOn: string;
  councillors: ReadonlyMap<string, MgCouncillor>;
}

type Standing = "CHAIR" | "VICE_CHAIR" | "MEMBER" | "NOT_MEMBER";

/** What an attendee's role and attendance say: officers, observers and substitutes attend but are not members; apologies still show membership. */
export function standingOf(attendee: Pick<MgAttendee, "role" | "attendance">): Standing {
  const role = attendee.role.toLowerCase();
  if (/substitute|\breserve\b/.test(role) || /substitut/.test(attendee.attendance.toLowerCase())) return "NOT_MEMBER";
  if (/officer|in attendance|observer|guest|clerk|advis[oe]r|witness|speaker/.test(role)) return "NOT_MEMBER";
  if (/vice[\s-]*chair/.test(role)) return "VICE_CHAIR";
  if (/^(chair|chairman|chairwoman|chairperson|chair of the \w+)$/.test(role.trim())) return "CHAIR";
  return "MEMBER";
}

interface Tenure {
  memberId: string;
  first: MgMeetingDetail;
  last: MgMeetingDetail;
  endedOn: string | null;
}

/** Who held a single-holder role when: a tenure ends on the day of the first later meeting that shows someone else in it. */
function tenures(meetings: readonly MgMeetingDetail[], standing: Standing): Tenure[] {
  const out: Tenure[] = [];
  for (const meeting of meetings) {
    const holder = meeting.attendees.find((attendee) => standingOf(attendee) === standing);
    if (!holder) continue;
    const current = out.at(-1);
    if (current && current.memberId === holder.memberId) {
      current.last = meeting;
    } else {
      if (current) current.endedOn = meeting.date;
      out.push({ memberId: holder.memberId, first: meeting, last: meeting, endedOn: null });
    }
  }
  return out;
}

/** "Director of Public Health, Testshire County Council" → post and organisation; one part is the organisation. */
export function splitRepresenting(representing: string): { post: string | null; organisation: string } | null {
  const text = representing.trim();
  if (!text) return null;
  const comma = text.lastIndexOf(", ");
  return comma > 0 ? { post: text.slice(0, comma), organisation: text.slice(comma + 2) } : { post: null, organisation: text };
}

function organisationKind(name: string): string {
  if (/\bicb\b|integrated care board|commissioning/i.test(name)) return "NHS_COMMISSIONER";
  if (/\bnhs\b|hospital|foundation trust|health trust/i.test(name)) return "NHS_PROVIDER";
  if (/police/i.test(name)) return "POLICE";
  if (/fire/i.test(name)) return "FIRE_AND_RESCUE";
  if (/council\b/i.test(name)) return "COUNCIL";
  if (/voluntary|\bcvs\b|charity|healthwatch/i.test(name)) return "VOLUNTARY_BODY";
  return "PUBLIC_BODY";
}

const splitList = (text: string) =>
  text
    .split(/[;\n]|,\s(?=[A-Z])/)
    .map((part) => part.trim())
    .filter(Boolean);

export const boardIdFor = (host: string, committeeId: string) => `board-mg-${hostSlug(host)}-${committeeId}`;
export const personIdFor = (host: string, memberId: string) => `person-mg-${hostSlug(host)}-${memberId}`;

/**
 * One committee's facts as ModernGov shows them: the board (its kind inferred),
 * the people who sat on it and the organisations they represent, and the
 * chair, vice-chair, member and represents lines, each dated by the first
 * meeting that shows it, carrying the latest ("last evidenced"), and citing
 * the meeting. A pure function of the answers: the same answers give the same facts.
 */
export function mapCommittee(committee: MgCommittee, meetingsIn: readonly MgMeetingDetail[], page: MgCommitteePage, context: MappingContext): CommitteeFacts {
  const { host, areaId, windowFrom, readOn, councillors } = context;
  const meetings = meetingsIn
    .filter((meeting) => !/cancel/i.test(meeting.status))
    .filter((meeting) => meeting.attendees.some((attendee) => standingOf(attendee) !== "NOT_MEMBER"))
    .sort((a, b) => a.date.localeCompare(b.date) || Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
  const boardId = boardIdFor(host, committee.id);
  const ended = committee.deleted || committee.expired;
  const lastMeeting = meetings.at(-1) ?? null;
  const boardEnd = ended ? (lastMeeting?.date ?? readOn) : null;
  const inferred = inferBoardKind(committee.title, committee.category);
  const committeeSource = operationSource("GetCommittees", `committee ${committee.id}`, meetings[0]?.date ?? readOn);

  const board: DesiredNode = {
    id: boardId,
    label: "Board",
    properties: {
      name: committee.title,
      searchText: searchTextFor(committee.title, []),
      kind: inferred.kind,
      kindInferred: true,
      kindReason: inferred.reason,
      moderngovId: `${host}:${committee.id}`,
      moderngovCategory: committee.category,
      areaId,
      description: page.purpose,
      validTo: boardEnd,
      endedNote: ended ? `ModernGov marks the committee ${committee.deleted ? "deleted" : "expired"}; ended at its last meeting shown` : null,
      sources: page.purpose ? [committeeSource, operationSource("mgCommitteeDetails.aspx", `ID=${committee.id}, Purpose of committee`, readOn)] : [committeeSource],
    },
  };

  const people = new Map<string, DesiredNode>();
  const organisations = new Map<string, DesiredNode>();
  const lines: DesiredLine[] = [];
  let nonMembers = 0;
  const windowNote: Props = windowFrom
    ? { firstEvidenced: true, validFromNote: `first evidenced: the first meeting shown since ${windowFrom}` }
    : { firstEvidenced: null, validFromNote: null };

  const personFor = (memberId: string, attendeeName: string, party: string, keyPosts: string, source: string) => {
    const id = personIdFor(host, memberId);
    if (!people.has(id)) {
      const councillor = councillors.get(memberId);
      const name = (councillor?.name ?? attendeeName).replace(/^(Councillor|Cllr\.?)\s+/i, "");
      people.set(id, {
        id,
        label: "Person",
        properties: {
          name,
          searchText: searchTextFor(name, []),
          moderngovId: `${host}:${memberId}`,
          party: (councillor?.party ?? party) || null,
          keyPosts: splitList(councillor?.keyPosts ?? keyPosts),
          areaId,
          sources: [councillor ? operationSource("GetCouncillorsByWard", `councillor ${memberId}`, readOn) : source],
        },
      });
    }
    return id;
  };

  interface Seen {
    attendee: MgAttendee;
    first: MgMeetingDetail;
    last: MgMeetingDetail;
  }
  const members = new Map<string, Seen>();
  const represented = new Map<string, Seen>();
  for (const meeting of meetings) {
    for (const attendee of meeting.attendees) {
      if (standingOf(attendee) === "NOT_MEMBER") {
        nonMembers++;
        continue;
      }
      const seen = members.get(attendee.memberId);
      if (seen) {
        seen.last = meeting;
        seen.attendee = attendee;
      } else members.set(attendee.memberId, { attendee, first: meeting, last: meeting });
      if (attendee.representing) {
        const key = `${attendee.memberId}|${attendee.representing}`;
        const rep = represented.get(key);
        if (rep) rep.last = meeting;
        else represented.set(key, { attendee, first: meeting, last: meeting });
      }
    }
  }

  const viceChairs = new Map(tenures(meetings, "VICE_CHAIR").map((tenure) => [tenure.memberId, tenure]));
  const latestShown = lastMeeting?.date ?? null;
  const notSeen: NotSeen[] = [];
  for (const [memberId, seen] of members) {
    const personId = personFor(memberId, seen.attendee.name, seen.attendee.party, seen.attendee.keyPosts, meetingSource(seen.first));
    const vice = viceChairs.get(memberId);
    const absentSince = !ended && latestShown && seen.last.date < latestShown ? (meetings.find((meeting) => meeting.date > seen.last.date)?.date ?? null) : null;
    if (absentSince) {
      notSeen.push({
        personId,
        personName: String(people.get(personId)?.properties.name),
        boardId,
        boardName: committee.title,
        lastEvidencedOn: seen.last.date,
        notSeenSince: absentSince,
      });
    }
    lines.push({
      type: "MEMBER_OF",
      from: personId,
      to: boardId,
      properties: {
        validFrom: seen.first.date,
        validTo: boardEnd,
        lastEvidencedOn: seen.last.date,
        lastEvidencedIn: meetingCitation(seen.last),
        notSeenSince: absentSince,
        viceChairFrom: vice?.first.date ?? null,
        viceChairTo: vice ? (vice.endedOn ?? boardEnd) : null,
        sources: [meetingSource(seen.first)],
        ...windowNote,
      },
    });
  }

  // A person who chaired twice keeps one line: the latest tenure.
  const chairs = new Map(tenures(meetings, "CHAIR").map((tenure) => [tenure.memberId, tenure]));
  for (const [memberId, tenure] of chairs) {
    lines.push({
      type: "CHAIRS",
      from: personIdFor(host, memberId),
      to: boardId,
      properties: {
        validFrom: tenure.first.date,
        validTo: tenure.endedOn ?? boardEnd,
        lastEvidencedOn: tenure.last.date,
        lastEvidencedIn: meetingCitation(tenure.last),
        sources: [meetingSource(tenure.first)],
        ...windowNote,
      },
    });
  }

  for (const seen of represented.values()) {
    const parts = splitRepresenting(seen.attendee.representing);
    if (!parts) continue;
    const organisationId = `org-mg-${hostSlug(host)}-${slug(parts.organisation)}`;
    if (!organisations.has(organisationId)) {
      organisations.set(organisationId, {
        id: organisationId,
        label: "Organisation",
        properties: {
          name: parts.organisation,
          searchText: searchTextFor(parts.organisation, []),
          kind: organisationKind(parts.organisation),
          kindInferred: true,
          areaId,
          sources: [meetingSource(seen.first)],
        },
      });
    }
    lines.push({
      type: "REPRESENTS",
      from: personIdFor(host, seen.attendee.memberId),
      to: organisationId,
      properties: {
        validFrom: seen.first.date,
        validTo: null,
        post: parts.post,
        lastEvidencedOn: seen.last.date,
        lastEvidencedIn: meetingCitation(seen.last),
        sources: [meetingSource(seen.first)],
        ...windowNote,
      },
    });
  }

  // The committee page lists members no meeting in the window showed: a membership as of the date of reading.
  for (const listed of page.members) {
    if (!listed.memberId || members.has(listed.memberId)) continue;
    const pageSource = operationSource("mgCommitteeDetails.aspx", `ID=${committee.id}, Membership`, readOn);
    const personId = personFor(listed.memberId, listed.name, "", "", pageSource);
    const standing = standingOf({ role: listed.role, attendance: "" });
    if (standing === "NOT_MEMBER") continue;
    lines.push({
      type: "MEMBER_OF",
      from: personId,
      to: boardId,
      properties: { validFrom: null, validTo: boardEnd, lastEvidencedIn: `ModernGov mgCommitteeDetails.aspx?ID=${committee.id}`, listedAs: listed.role, sources: [pageSource] },
    });
    if (standing === "CHAIR" && chairs.size === 0) {
      lines.push({
        type: "CHAIRS",
        from: personId,
        to: boardId,
        properties: { validFrom: null, validTo: boardEnd, lastEvidencedIn: `ModernGov mgCommitteeDetails.aspx?ID=${committee.id}`, sources: [pageSource] },
      });
    }
  }

  return { board, nodes: [board, ...people.values(), ...organisations.values()], lines, notSeen, nonMembers };
}
