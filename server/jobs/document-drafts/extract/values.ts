/**
 * The values terms of reference state, normalised so that "four times a year"
 * and "quarterly" are one value: dates (chrono-node), quorum, meeting frequency.
 */
import * as chrono from "chrono-node";

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** A month ("2019-09") or a year ("2019") from a date phrase, as precise as the words are. */
export function monthOf(text: string, reference: Date = new Date(Date.UTC(2000, 0, 1))): { value: string; index: number; length: number } | null {
  const [result] = chrono.en.GB.parse(text, reference);
  if (!result) return null;
  const year = result.start.get("year");
  if (!year || !result.start.isCertain("year")) return null;
  const month = result.start.isCertain("month") ? result.start.get("month") : null;
  const value = month ? `${year}-${String(month).padStart(2, "0")}` : String(year);
  return { value, index: result.index, length: result.text.length };
}

export function numberOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

/** "four members, including the Chair" -> "4"; "one quarter of the membership" stays words. */
export function quorumValue(phrase: string): string | null {
  const words = phrase.trim().replace(/[.;]$/, "");
  const first = /^(?:at least\s+)?(\w+)(\s+\w+)?/i.exec(words);
  if (!first?.[1]) return null;
  const number = numberOf(first[1]);
  if (number !== null && !/^\s+(quarter|third|half|fifth)/i.test(first[2] ?? "")) return String(number);
  const clause = words.split(/,|\bwith\b|\bincluding\b/)[0]?.trim();
  return clause && clause.length > 0 && clause.length < 80 ? clause : null;
}

const FREQUENCIES: [RegExp, string][] = [
  [/^(?:bi-?monthly|every (?:two|2) months|every other month|six times a year)/i, "bi-monthly"],
  [/^(?:monthly|every month|once a month|(?:twelve|12) times a year)/i, "monthly"],
  [/^(?:quarterly|every (?:three|3) months|every quarter|(?:four|4) times a year|once a quarter)/i, "quarterly"],
  [/^(?:twice a year|every (?:six|6) months|(?:two|2) times a year|bi-?annually|half-yearly)/i, "twice a year"],
  [/^(?:annually|once a year|every year|yearly)/i, "annually"],
  [/^(?:termly|once a term|every term)/i, "termly"],
  [/^(?:weekly|every week)/i, "weekly"],
  [/^(?:fortnightly|every (?:two|2) weeks)/i, "fortnightly"],
  [/^every (\w+) weeks/i, "every $1 weeks"],
  [/^(?:at least )?(\w+) times a year/i, "$1 times a year"],
];

/** The words after "meets", normalised: "four times a year" -> "quarterly". */
export function frequencyValue(phrase: string): string | null {
  const text = phrase.trim().replace(/^(?:at least|normally|usually|formally)\s+/i, "");
  for (const [pattern, value] of FREQUENCIES) {
    const match = pattern.exec(text);
    if (match) return value.replace("$1", (match[1] ?? "").toLowerCase());
  }
  return null;
}
