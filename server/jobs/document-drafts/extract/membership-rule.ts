/**
 * A membership list under a "Membership" heading: bullet lines, plain lines or a
 * table with a Name column. Each entry is a person ("Ruth Calder, Director ...")
 * or, where no person is named, the organisation it stands for ("Head of
 * Children in Care, Millford Council"). "(Chair)" and "(Vice-Chair)" mark the chairs.
 */
import { type Line, isBlank } from "./document-lines.ts";
import { guessLabel, isPersonName, readsAsPerson, stripTitles } from "./names.ts";
import type { ProposedFact } from "./proposed-fact.ts";

const CHAIR_MARK = /\s*\((vice[- ]?chair(?:man|person)?|chair(?:man|person)?)\)\s*/i;

export function isMembershipHeading(text: string): boolean {
  return /^(?:\d+(?:\.\d+)*\.?\s+)?(?:membership|members)(?: list| of the [\w ]+)?(?: \d{4}\/\d{2,4})?$/i.test(text.trim());
}

interface Entry {
  name: string;
  isPerson: boolean;
  chair: "CHAIRS" | "VICE_CHAIRS" | null;
  line: Line;
}

function entryOf(raw: string, line: Line): Entry | null {
  const mark = CHAIR_MARK.exec(raw);
  const chair = mark ? (/vice/i.test(mark[1] ?? "") ? "VICE_CHAIRS" : "CHAIRS") : null;
  const text = raw.replace(CHAIR_MARK, " ").replace(/^[-•*]\s*/, "").trim().replace(/[.;]$/, "");
  if (!text) return null;
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  const first = parts[0] ?? "";
  if (isPersonName(first)) return { name: stripTitles(first), isPerson: true, chair, line };
  const organisation = [...parts].reverse().find((part) => !/^(?:Head|Director|Chief|Designated|Lead|Manager|Principal|Senior|Deputy|Assistant)\b/.test(part));
  if (!organisation) return null;
  return { name: organisation, isPerson: false, chair, line };
}

/** Entries of the block after the heading at `headingIndex`; `next` is the first line after it. */
export function membershipEntries(lines: readonly Line[], headingIndex: number): { entries: Entry[]; next: number } {
  let index = headingIndex + 1;
  while (index < lines.length && (isBlank(lines[index]) || isMembershipHeading((lines[index] as Line).text))) index += 1;
  // "The membership of the Board is:" introduces the list.
  if (index < lines.length && /:\s*$/.test((lines[index] as Line).text)) index += 1;
  const entries: Entry[] = [];
  const header = lines[index];
  if (header?.text.includes("\t") && /\bname\b/i.test(header.text)) {
    const nameColumn = header.text.split("\t").findIndex((cell) => /\bname\b/i.test(cell));
    index += 1;
    while (index < lines.length && !isBlank(lines[index]) && (lines[index] as Line).text.includes("\t")) {
      const line = lines[index] as Line;
      const cells = line.text.split("\t");
      const cell = cells[nameColumn] ?? "";
      const mark = cells.find((c) => CHAIR_MARK.test(c));
      const entry = entryOf(mark && !CHAIR_MARK.test(cell) ? `${cell} ${CHAIR_MARK.exec(mark)?.[0] ?? ""}` : cell, line);
      if (entry) entries.push(entry);
      index += 1;
    }
    return { entries, next: index };
  }
  while (index < lines.length && !isBlank(lines[index])) {
    const line = lines[index] as Line;
    const entry = entryOf(line.text, line);
    if (entry) entries.push(entry);
    index += 1;
  }
  return { entries, next: index };
}

export function membershipFacts(entries: readonly Entry[], body: string, section: string | null, pageAt: (offset: number) => number): ProposedFact[] {
  const facts: ProposedFact[] = [];
  for (const entry of entries) {
    const base = {
      subject: entry.name,
      subjectLabel: entry.isPerson ? ("Person" as const) : guessLabel(entry.name, "Organisation"),
      object: body,
      objectLabel: guessLabel(body, "Board"),
      value: null,
      quote: entry.line.text,
      start: entry.line.start,
      end: entry.line.end,
      page: pageAt(entry.line.start),
      section,
    };
    // compromise agreeing that the words are a person's makes the entry surer.
    const sure = entry.isPerson && readsAsPerson(entry.name) ? 0.9 : 0.8;
    facts.push({ ...base, kind: "MEMBER_OF", confidence: sure, rule: "membership list" });
    if (entry.chair && entry.isPerson) {
      facts.push({ ...base, kind: entry.chair, confidence: 0.9, rule: entry.chair === "CHAIRS" ? '"(Chair)" in a membership list' : '"(Vice-Chair)" in a membership list' });
    }
  }
  return facts;
}
