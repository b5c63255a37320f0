/**
 * Lines that hold by statute rather than because a document states them. Each
 * rule names the boards it applies to, the line it draws to the council of the
 * board's area and the statute that makes it so; server/graph/statutory-lines.ts
 * draws them in the same transaction as any write of a board (seeds, edits,
 * imports, a committee-system sync), so no board depends on one seeded line.
 */
import type { SourceRecord } from "./entity-record.ts";
import type { RelType } from "./model.ts";

export interface StatutoryLineRule {
  id: string;
  /** The Board kind the rule applies to. */
  boardKind: string;
  /** When set, only boards whose name or an alias matches (case-insensitive). */
  namePattern: string | null;
  type: RelType;
  /** The statute as a citation: the Act as the document, the section, the date the duty began. */
  citation: SourceRecord;
  /** The citation in words, as answers show it. */
  statute: string;
  /** The line holds from this date at the earliest (a board may be older than the duty). */
  notBefore: string | null;
  /** Not drawn where the documents already record the board as PART_OF the council: that line stands for it. */
  unlessPartOf: boolean;
}

export const STATUTORY_LINE_RULES: readonly StatutoryLineRule[] = [
  {
    id: "hwb-committee-of-council",
    boardKind: "HEALTH_AND_WELLBEING_BOARD",
    namePattern: null,
    type: "COMMITTEE_OF",
    // s194 commenced on 1 April 2013; before it boards ran in shadow form. Treated as appointed under s102 LGA 1972.
    citation: { document: "Health and Social Care Act 2012", section: "s194", date: "2013-04-01" },
    statute: "Health and Social Care Act 2012, s194",
    notBefore: "2013-04-01",
    unlessPartOf: false,
  },
  {
    id: "cabinet-executive-of-council",
    boardKind: "CABINET_OR_COMMITTEE",
    namePattern: "\\bcabinet\\b",
    type: "EXECUTIVE_OF",
    citation: { document: "Local Government Act 2000", section: "s9C", date: "2000-07-28" },
    statute: "Local Government Act 2000, s9C",
    notBefore: null,
    unlessPartOf: true,
  },
];

/** The line types the rules draw: walked upward like ACCOUNTABLE_TO. */
export const STATUTORY_LINE_TYPES: readonly RelType[] = [...new Set(STATUTORY_LINE_RULES.map((rule) => rule.type))];
