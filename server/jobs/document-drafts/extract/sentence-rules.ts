/**
 * The phrases terms of reference and structure notes use, each a rule: what it
 * matches, the fact it states, how sure it is. A relationship's object is the
 * name that follows the phrase; its subject the body the clause is about.
 */
import type { FactKind } from "./proposed-fact.ts";
import { frequencyValue, monthOf, quorumValue } from "./values.ts";

export interface LineRule {
  name: string;
  pattern: RegExp;
  kind: FactKind;
  confidence: number;
  /** The name after the phrase is the fact's subject, the clause's body its object ("chaired by X"). */
  reversed?: boolean;
}

export interface ValueRule {
  name: string;
  pattern: RegExp;
  kind: FactKind;
  confidence: number;
  /** The value from the words after the phrase, or null when they state none. */
  read: (after: string, match: RegExpExecArray) => string | null;
}

export const LINE_RULES: readonly LineRule[] = [
  { name: '"accountable to"', pattern: /\baccountable\s+to\b/gi, kind: "ACCOUNTABLE_TO", confidence: 0.9 },
  { name: '"reports to"', pattern: /\b(?:reports?|reporting)\s+(?:directly\s+|formally\s+|regularly\s+)?to\b|\bfeeds?\s+into\b/gi, kind: "REPORTS_TO", confidence: 0.85 },
  { name: '"sub-group of"', pattern: /\bsub-?\s?(?:group|committee)\s+of\b/gi, kind: "PART_OF", confidence: 0.9 },
  { name: '"a committee of"', pattern: /\b(?:a|the)\s+(?:committee|working group|task and finish group)\s+of\b/gi, kind: "PART_OF", confidence: 0.7 },
  { name: '"on behalf of"', pattern: /\bon\s+behalf\s+of\b/gi, kind: "REPORTS_TO", confidence: 0.6 },
  { name: '"chaired by"', pattern: /\b(?:chaired|led)\s+by\b/gi, kind: "CHAIRS", confidence: 0.9, reversed: true },
  { name: '"replaced by"', pattern: /\breplaced\s+by\b/gi, kind: "REPLACES", confidence: 0.8, reversed: true },
  { name: '"replaces"', pattern: /\b(?:replaces|replacing|replaced|supersedes|superseding)\b(?!\s+by)/gi, kind: "REPLACES", confidence: 0.85 },
];

export const VALUE_RULES: readonly ValueRule[] = [
  { name: '"established in"', pattern: /\b(?:established|set up|formed|created|constituted)\s+(?:in|on|from|during)\b/gi, kind: "ESTABLISHED", confidence: 0.85, read: (after) => monthOf(after.slice(0, 40))?.value ?? null },
  { name: '"reviewed annually"', pattern: /\breviewed\s+(?:at least\s+)?(annually|every year|each year|yearly|once a year|every (\w+) years)/gi, kind: "REVIEW", confidence: 0.9, read: (_after, match) => (match[2] ? `every ${match[2]} years` : "annually") },
  { name: '"review in <month>"', pattern: /\b(?:reviewed|further review|next review|review(?: date)?)\s+(?:is\s+)?(?:due\s+)?(?:in|by|on|before|no later than)\b/gi, kind: "REVIEW", confidence: 0.85, read: (after) => monthOf(after.slice(0, 40))?.value ?? null },
  { name: '"meets <frequency>"', pattern: /\b(?:meets|meet|meeting|will meet|shall meet)\b/gi, kind: "MEETING_FREQUENCY", confidence: 0.85, read: (after) => frequencyValue(after) },
  { name: '"quorum is"', pattern: /\bquorum\s+(?:is|will be|shall be)\b|\bquorate\s+(?:when|with|if)\b|\bquorum\s+(?:is|will be)?\s*:/gi, kind: "QUORUM", confidence: 0.85, read: (after) => quorumValue(after) },
];
