/**
 * How the health check reads membership evidence: who sits on a board, and
 * which statutory seat or sector each member fills. Matching is on Role kinds
 * and names and on Organisation kinds and names (docs/health-check-rules.md).
 */
import { z } from "zod";
import { EntityRecord } from "../../domain/entity-record.ts";
import { EdgeRecord } from "../../graph/relationship-record.ts";

const Brief = z.object({ id: z.string(), name: z.string(), kind: z.string().nullish(), aliases: z.array(z.string()).nullish() });
type Brief = z.infer<typeof Brief>;

export const Member = z.object({ entity: EntityRecord, edge: EdgeRecord, roles: z.array(Brief), organisations: z.array(Brief) });
export type Member = z.infer<typeof Member>;

export const MembersRow = z.object({
  members: z.array(Member),
  areaCommissioners: z.array(EntityRecord),
  /** The date the area's safeguarding partners took over from its LSCB, when the area records it. */
  safeguardingPartnersDate: z.string().nullish(),
});
export type MembersRow = z.infer<typeof MembersRow>;

/** FULL: the member fills the seat; PARTIAL: only its organisation is shown, not the post the law names. */
export type Fill = "FULL" | "PARTIAL";

export interface Seat {
  /** The seat as the law words it, e.g. "the director of children's services". */
  label: string;
  fill(member: Member): Fill | null;
}

const words = (brief: Brief) => [brief.name, ...(brief.aliases ?? [])];
const anyWord = (briefs: Brief[], test: (text: string) => boolean) => briefs.some((brief) => words(brief).some(test));
const selfBrief = (member: Member): Brief => member.entity;

/** A post for the whole "People" directorate (adults and children), as unitary councils often combine them. */
const peoplePost = (text: string) => /\bpeople\b/i.test(text) && !/child|young/i.test(text);
const isDirector = (text: string) => /director/i.test(text);

/** A councillor: a Role of kind COUNCIL_LEADER, CABINET_MEMBER or LEAD_MEMBER, or "Cllr"/"Councillor" in a name. */
export const COUNCILLOR_KINDS = new Set(["COUNCIL_LEADER", "CABINET_MEMBER", "LEAD_MEMBER"]);

function postSeat(label: string, post: (text: string) => boolean, alias: string, department: ((text: string) => boolean) | null): Seat {
  return {
    label,
    fill(member) {
      if (anyWord(member.roles, (text) => post(text) || text === alias)) return "FULL";
      if (department && member.organisations.some((o) => /COUNCIL/.test(o.kind ?? "") && words(o).some(department))) return "PARTIAL";
      return null;
    },
  };
}

/** Health and Social Care Act 2012 s194(2), except the clinical commissioning groups (see relevantCommissioners). */
export const HWB_SEATS: Seat[] = [
  {
    label: "at least one councillor of the council",
    fill(member) {
      if (member.roles.some((role) => COUNCILLOR_KINDS.has(role.kind ?? ""))) return "FULL";
      if (anyWord([...member.roles, selfBrief(member)], (text) => /\b(councillor|cllr)\b/i.test(text))) return "FULL";
      if (member.organisations.some((o) => o.kind === "COUNCIL")) return "PARTIAL";
      return null;
    },
  },
  postSeat("the director of adult social services", (t) => isDirector(t) && (/adult/i.test(t) || peoplePost(t)), "DASS", (t) => /adult/i.test(t) || peoplePost(t)),
  postSeat("the director of children's services", (t) => isDirector(t) && (/child/i.test(t) || peoplePost(t)), "DCS", (t) => /child/i.test(t) || peoplePost(t)),
  postSeat("the director of public health", (t) => isDirector(t) && /public health/i.test(t), "DPH", (t) => /public health/i.test(t)),
  {
    label: "a representative of the Local Healthwatch organisation",
    fill: (member) => (member.organisations.some((o) => words(o).some((t) => /healthwatch/i.test(t))) ? "FULL" : null),
  },
];

const orgSeat = (label: string, kinds: string[], post?: RegExp): Seat => ({
  label,
  fill(member) {
    if (member.organisations.some((o) => kinds.includes(o.kind ?? ""))) return "FULL";
    if (post && anyWord(member.roles, (text) => post.test(text))) return "FULL";
    return null;
  },
});

/** Children Act 2004 s16E (as amended 2017): the three safeguarding partners. */
export const SAFEGUARDING_SEATS: Seat[] = [
  orgSeat("the local authority", ["COUNCIL", "COUNCIL_DEPARTMENT", "COUNCIL_SERVICE"]),
  orgSeat("the NHS commissioner (clinical commissioning group, now integrated care board)", ["NHS_COMMISSIONER"]),
  orgSeat("the chief officer of police", ["POLICE"], /chief constable|chief officer of police/i),
];

const nameSeat = (label: string, pattern: RegExp): Seat => ({
  label,
  fill(member) {
    const briefs = [selfBrief(member), ...member.organisations, ...member.roles];
    return anyWord(briefs, (text) => pattern.test(text)) ? "FULL" : null;
  },
});

/**
 * Children Act 2004 s13(3): the statutory members of a Local Safeguarding Children Board, before
 * the area's safeguarding partners took over. District councils and the governors of secure
 * establishments sit only where the area has them, which the graph does not record, so they are not asked for.
 */
export const LSCB_SEATS: Seat[] = [
  orgSeat("the local authority", ["COUNCIL", "COUNCIL_DEPARTMENT", "COUNCIL_SERVICE"]),
  orgSeat("the chief officer of police", ["POLICE"], /chief constable|chief officer of police/i),
  orgSeat("the clinical commissioning group (a primary care trust before April 2013)", ["NHS_COMMISSIONER"]),
  orgSeat("an NHS trust or foundation trust in the area", ["NHS_PROVIDER"]),
  nameSeat("the provider of probation services", /probation|community rehabilitation/i),
  nameSeat("the youth offending team", /youth offending|youth justice|\bYOT\b/i),
  nameSeat("CAFCASS", /cafcass|children and family court advisory/i),
];

const CLINICAL_COMMISSIONING_GROUP = /clinical commissioning|\bCCGs?\b/i;
const INTEGRATED_CARE_BOARD = /integrated care board|\bICBs?\b/i;

/** Integrated care boards replaced clinical commissioning groups on this day (Health and Care Act 2022). */
export const ICB_FROM = "2022-07-01";

/** The NHS commissioner s194(2)(e) names on a date: the clinical commissioning groups before ICB_FROM, the integrated care board from it. */
export function commissionerKindOn(asOf: string): { words: string; pattern: RegExp } {
  return asOf < ICB_FROM
    ? { words: "each relevant clinical commissioning group", pattern: CLINICAL_COMMISSIONING_GROUP }
    : { words: "the integrated care board", pattern: INTEGRATED_CARE_BOARD };
}

/** The clinical commissioning groups (before 1 July 2022) or integrated care boards (from then) of the board's area: "each relevant CCG" of s194(2)(e). */
export function relevantCommissioners(areaCommissioners: EntityRecord[], asOf: string): EntityRecord[] {
  const { pattern } = commissionerKindOn(asOf);
  return areaCommissioners.filter((o) => [o.name, ...o.aliases].some((text) => pattern.test(text)));
}

/** The members that fill a seat, the fullest fill first. */
export function fillersOf(seat: Seat, members: Member[]): { member: Member; fill: Fill }[] {
  return members
    .map((member) => ({ member, fill: seat.fill(member) }))
    .filter((found): found is { member: Member; fill: Fill } => found.fill !== null)
    .sort((a, b) => (a.fill === b.fill ? 0 : a.fill === "FULL" ? -1 : 1));
}

/** Sectors a partnership draws on, by Organisation kind. */
export const SECTORS: { sector: string; kinds: string[] }[] = [
  { sector: "council", kinds: ["COUNCIL", "COUNCIL_DEPARTMENT", "COUNCIL_SERVICE"] },
  { sector: "NHS", kinds: ["NHS_COMMISSIONER", "NHS_PROVIDER"] },
  { sector: "police", kinds: ["POLICE"] },
  { sector: "schools and colleges", kinds: ["SCHOOL_OR_COLLEGE_BODY"] },
  { sector: "voluntary and community", kinds: ["VOLUNTARY_BODY"] },
];
