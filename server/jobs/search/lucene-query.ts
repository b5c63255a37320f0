import { normaliseForSearch } from "../../domain/search-text.ts";
import { expandAbbreviation } from "./abbreviations.ts";

/** Words that rarely decide a match: searched, but not required ("health & wellbeing" must not need "and"). */
const OPTIONAL_WORDS = new Set(["a", "an", "and", "for", "in", "of", "on", "the", "to", "with"]);

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every character Lucene gives a meaning to: user text is never query syntax. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/** One word: itself first, then as a prefix (partial words), then with a typo or two. */
function wordClause(word: string): string {
  const term = escapeLucene(word);
  const alternatives = [`${term}^4`, `${term}*`];
  if (word.length >= 5) alternatives.push(`${term}~${word.length >= 8 ? 2 : 1}`);
  return `(${alternatives.join(" OR ")})`;
}

function phrase(text: string): string {
  return `"${escapeLucene(text)}"`;
}

/** A token as typed (between spaces): an abbreviation, one word, or a word the punctuation splits. */
function tokenClause(token: string): { clause: string; required: boolean } | undefined {
  // "C&YP" and "H.W.B." are abbreviations as typed: letters and digits only, '&' dropped rather than spelt out.
  const compact = token.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  if (compact === "") return token.includes("&") ? { clause: "and", required: false } : undefined;
  const longForms = expandAbbreviation(compact);
  if (longForms.length > 0) {
    return { clause: `(${[`${escapeLucene(compact)}^4`, ...longForms.map((form) => `${phrase(form)}^2`)].join(" OR ")})`, required: true };
  }
  const words = normaliseForSearch(token).split(" ").filter(Boolean);
  if (words.length === 1) {
    const word = words[0] as string;
    if (OPTIONAL_WORDS.has(word)) return { clause: escapeLucene(word), required: false };
    return { clause: wordClause(word), required: true };
  }
  // "well-being" is searched as "well being" and as "wellbeing".
  const split = words.filter((word) => !OPTIONAL_WORDS.has(word)).map((word) => `+${wordClause(word)}`);
  return { clause: `((${split.join(" ")}) OR ${wordClause(compact)})`, required: true };
}

/**
 * Turns what a user typed into a Lucene query for the entity_names index: every
 * significant token must match (as a word, a prefix, a near spelling, or an
 * abbreviation's long form), small words only add to the score. Returns "" when
 * nothing searchable is left.
 */
export function buildSearchQuery(text: string): string {
  const clauses = text
    .split(/\s+/)
    .map(tokenClause)
    .filter((clause) => clause !== undefined);
  if (!clauses.some((clause) => clause.required)) {
    // Only small words ("the", "and"): search them rather than nothing.
    return clauses.map((clause) => `+${clause.clause}`).join(" ");
  }
  return clauses.map((clause) => (clause.required ? `+${clause.clause}` : clause.clause)).join(" ");
}
