/**
 * Names in governance prose: a run of capitalised words ("Northbridge Health
 * and Wellbeing Board"), the titles people carry, and a guess of what a name
 * is (a person, a board, an organisation, a strategy) from its own words.
 */
import nlp from "compromise";
import type { NodeLabel } from "../../../domain/model.ts";
import { normaliseForSearch } from "../../../domain/search-text.ts";

/** Small words that may sit inside a name, between capitalised words. */
const CONNECTORS = new Set(["and", "of", "for", "&", "in", "on", "the", "to"]);
const WORD = /^[A-Z0-9][\p{L}\p{N}'’.\-/]*$|^&$/u;

/** Ranks and honorifics dropped from a person's name. */
const TITLES = /^(?:(?:Chief |Detective |Assistant )*(?:Superintendent|Inspector|Sergeant|Constable|Commander)|Councillor|Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Prof\.?|Sir|Dame|Revd\.?|Reverend)\s+/;

/** The last word of a body's name says what kind of body it is. */
const BOARD_WORDS = ["Board", "Group", "Partnership", "Panel", "Committee", "Forum", "Network", "Cabinet", "Executive", "Team", "Commission", "Alliance", "Collaborative", "Hub", "Meeting"];
const ORGANISATION_WORDS = ["Council", "Police", "Constabulary", "Trust", "NHS", "Service", "Services", "Healthwatch", "Action", "Probation", "College", "University", "School", "Schools", "Heads", "Association", "Authority", "Health", "CCG", "ICB", "Office", "Department", "Directorate", "Practice", "Hospital", "Foundation", "Care"];
const STRATEGY_WORDS = ["Strategy", "Plan", "Programme", "Offer", "Initiative", "Pathway", "Review", "Project", "Framework", "Scheme", "Model", "Assessment", "Policy", "Redesign", "re-design"];
const ORG_OR_BODY = new Set([...BOARD_WORDS, ...ORGANISATION_WORDS, "Partnerships", "Arrangements", "Plan", "Strategy", "Programme"]);

export interface NameRun {
  text: string;
  start: number;
  end: number;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}'’.\-/]+|&|\(|\)|,|;|:/gu)) {
    out.push({ text: match[0], start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  return out;
}

function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && WORD.test(token.text) && token.text !== "&" && !/^\d+\.$/.test(token.text);
}

/**
 * Every maximal run of capitalised words in `text`, small connecting words
 * allowed inside ("Children in Care Council") but not at either end. A
 * leading "The" is left out.
 */
export function nameRuns(text: string): NameRun[] {
  const list = tokens(text);
  const runs: NameRun[] = [];
  let index = 0;
  while (index < list.length) {
    const first = list[index];
    if (!first || !isCapitalised(first)) {
      index += 1;
      continue;
    }
    let last = index;
    let cursor = index + 1;
    while (cursor < list.length) {
      const token = list[cursor] as Token;
      const previous = list[cursor - 1] as Token;
      if (token.start - previous.end > 1 && text.slice(previous.end, token.start).trim() !== "") break;
      if (isCapitalised(token)) {
        last = cursor;
        cursor += 1;
        continue;
      }
      if (CONNECTORS.has(token.text.toLowerCase()) && token.text === token.text.toLowerCase() || token.text === "&") {
        // a connector counts only when a capitalised word follows it
        let look = cursor + 1;
        while (look < list.length && CONNECTORS.has((list[look] as Token).text)) look += 1;
        if (isCapitalised(list[look])) {
          cursor = look;
          continue;
        }
      }
      break;
    }
    // A lower-case body word ends a name that a document did not capitalise: "the Health and Wellbeing board".
    const after = list[last + 1];
    if (after && /^(board|group|partnership|panel|committee|forum)$/.test(after.text) && after.start - (list[last] as Token).end <= 1) last += 1;
    let startToken = index;
    while (startToken <= last && /^(The|This|These|Its|A|An)$/.test((list[startToken] as Token).text)) startToken += 1;
    if (startToken <= last) {
      const startAt = (list[startToken] as Token).start;
      const endAt = (list[last] as Token).end;
      let name = text.slice(startAt, endAt).replace(/[.,;:]+$/, "");
      let from = startAt;
      // "Ultimately the Success for All Children Group": a sentence's opening word is not part of the name after "the".
      const inner = name.lastIndexOf(" the ");
      if (inner > 0 && /^(?:\w+ly|However|Currently|Overall|Together|Finally|Also|Since|Now)$/.test(name.slice(0, inner))) {
        from += inner + 5;
        name = name.slice(inner + 5);
      }
      // "DMT September 2015": a date after a name is not part of it.
      name = name.replace(/\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?$|\s+\d{4}$/, "");
      runs.push({ text: name, start: from, end: from + name.length });
    }
    index = last + 1;
  }
  return runs;
}

/** The first name that starts at the beginning of `text` (after "the"), or null. */
export function leadingName(text: string): NameRun | null {
  const lead = /^\s*(?:the\s+)?/i.exec(text)?.[0].length ?? 0;
  const run = nameRuns(text).find((candidate) => candidate.start <= lead + 1);
  return run && run.start >= lead ? run : null;
}

export function stripTitles(name: string): string {
  let out = name.trim();
  for (let guard = 0; guard < 3 && TITLES.test(out); guard += 1) out = out.replace(TITLES, "");
  return out;
}

function lastWord(name: string): string {
  return name.split(/\s+/).at(-1) ?? "";
}

/** Whether the name reads as a person's: two to four name-like words, none of a body's words. */
export function isPersonName(raw: string): boolean {
  const name = stripTitles(raw);
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((word) => /^[A-Z][\p{L}'’-]*[\p{L}]$/u.test(word) && !/^[A-Z]{2,}$/.test(word))) return false;
  if (words.some((word) => ORG_OR_BODY.has(word) || STRATEGY_WORDS.includes(word))) return false;
  return true;
}

/** compromise's view, where it helps: does it read the words as a person? */
export function readsAsPerson(name: string): boolean {
  return nlp(stripTitles(name)).has("#Person");
}

/** Whether the name is a body's (a board, a partnership, an organisation, a plan). */
export function isBodyName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((word) => ORG_OR_BODY.has(word)) || /^[A-Z]{2,6}s?$/.test(name);
}

/** A label for a name the graph does not hold yet, from its own words. */
export function guessLabel(name: string, fallback: NodeLabel): NodeLabel {
  if (isPersonName(name)) return "Person";
  const last = lastWord(name);
  if (STRATEGY_WORDS.includes(last) && !BOARD_WORDS.includes(last)) return "Strategy";
  if (BOARD_WORDS.includes(last)) return "Board";
  if (ORGANISATION_WORDS.includes(last) || name.split(/\s+/).some((word) => ["Council", "Police", "NHS", "Trust"].includes(word))) return "Organisation";
  return fallback;
}

/** The comparison form of a name: lower case, "&" as "and", no punctuation, no leading "the". */
export function nameKey(name: string): string {
  return normaliseForSearch(stripTitles(name)).replace(/^the /, "");
}
