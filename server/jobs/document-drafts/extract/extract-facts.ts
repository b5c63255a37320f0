/**
 * Reads a document's facts, deterministically: every fact says which rule read
 * it and quotes the words it rests on. The lines are walked once; tables,
 * membership lists and label lines ("Chair: ...") are read where they stand,
 * the rest as sentences whose subject is the body the text is about.
 */
import type { DocumentText } from "../read/document-text.ts";
import { pageAt } from "../read/document-text.ts";
import { headingText, isBlank, isHeading, type Line, linesOf } from "./document-lines.ts";
import { membershipEntries, membershipFacts, isMembershipHeading } from "./membership-rule.ts";
import { guessLabel, isBodyName, leadingName, nameKey, nameRuns, stripTitles } from "./names.ts";
import { factKey, type ProposedFact } from "./proposed-fact.ts";
import { LINE_RULES, VALUE_RULES } from "./sentence-rules.ts";
import { governanceHeader, tableFacts, tableRows } from "./table-rule.ts";
import { monthOf, quorumValue } from "./values.ts";

/** Words that stand for a body already named: "the Board", "the Partnership". */
const GENERIC = /\b(board|group|partnership|panel|committee|forum|network|plan|strategy|trust|executive|arrangements|cabinet)\b/i;

class Reading {
  readonly facts: ProposedFact[] = [];
  /** Acronyms the document defines: "Community Safety Partnership (CSP)". */
  readonly aliases = new Map<string, string>();
  /** The bodies clauses have been about, newest last. */
  readonly subjects: string[] = [];
  current: string | null;
  section: string | null = null;

  constructor(
    readonly document: DocumentText,
    readonly main: string | null,
  ) {
    this.current = main;
  }

  page = (offset: number) => pageAt(this.document, offset);

  expand(name: string): string {
    return this.aliases.get(name) ?? name;
  }

  /** The body a generic word stands for: the newest subject with that word in its name, else the document's own. */
  generic(word: string): string | null {
    const pattern = new RegExp(`\\b${word}\\b`, "i");
    for (let index = this.subjects.length - 1; index >= 0; index -= 1) {
      const subject = this.subjects[index] as string;
      if (pattern.test(subject)) return subject;
    }
    if (this.main && pattern.test(this.main)) return this.main;
    return this.main ?? this.current;
  }

  /** Who a clause is about, from the words before its phrase. */
  subjectOf(prefix: string): string | null {
    if (/\bterms(?: of reference)?\b/i.test(prefix)) return this.main ?? this.current;
    const runs = nameRuns(prefix).map((run) => ({ ...run, text: this.expand(run.text.replace(/['’]s$/, "")) }));
    // A body's name; a lone generic word ("Board") counts too, and is resolved below.
    const named = runs.filter((run) => isBodyName(run.text) && (!GENERIC.test(run.text) || run.text.split(/\s+/).length > 1));
    const last = named.at(-1);
    if (last) {
      if (last.text.split(/\s+/).length === 1 && GENERIC.test(last.text)) return this.generic(last.text);
      return last.text;
    }
    const single = runs.at(-1);
    if (single && single.text.split(/\s+/).length === 1 && GENERIC.test(single.text)) return this.generic(single.text);
    const word = GENERIC.exec(prefix);
    if (word?.[1] && /\b(?:the|this|our)\s+\w*\s*$/i.test(prefix.slice(0, word.index))) return this.generic(word[1]);
    return this.current ?? this.main;
  }

  remember(subject: string): void {
    this.current = subject;
    if (this.subjects.at(-1) !== subject) this.subjects.push(subject);
  }

  add(fact: ProposedFact): void {
    if (fact.object !== null && nameKey(fact.subject) === nameKey(fact.object)) return;
    this.facts.push(fact);
  }
}

function defineAliases(reading: Reading, text: string): void {
  for (const match of text.matchAll(/\(([A-Z]{2,6})\)/g)) {
    const before = text.slice(0, match.index);
    const run = nameRuns(before).at(-1);
    if (run && before.slice(run.end).trim() === "" && isBodyName(run.text)) reading.aliases.set(match[1] as string, run.text);
  }
}

/** The document's own body: the title of its terms of reference, or its first body-like line. */
export function mainSubject(lines: readonly Line[]): string | null {
  const top = lines.filter((line) => !isBlank(line)).slice(0, 6);
  for (const line of top) {
    const match = /^(.*?)\s*(?:[–—:-]\s*)?terms of reference\b/i.exec(line.text.trim());
    if (match?.[1] && isBodyName(match[1])) return leadingName(match[1])?.text ?? match[1];
  }
  for (const line of top) {
    const text = line.text.trim();
    if (text === text.toUpperCase()) continue;
    const run = leadingName(text);
    if (run && isBodyName(run.text)) return run.text;
  }
  return null;
}

interface Clause {
  at: number;
  end: number;
  apply: (subject: string | null, after: string) => { object: string | null; consumed: number } | null;
}

function sentenceFacts(reading: Reading, sentence: string, offset: number): void {
  defineAliases(reading, sentence);
  const quoteOf = { quote: sentence.trim(), start: offset + (sentence.length - sentence.trimStart().length), end: offset + sentence.trimEnd().length };
  const clauses: Clause[] = [];
  for (const rule of LINE_RULES) {
    for (const match of sentence.matchAll(rule.pattern)) {
      const at = match.index ?? 0;
      clauses.push({
        at,
        end: at + match[0].length,
        apply: (subject, after) => {
          const skip = /^\s*(?:the\s+)?/i.exec(after)?.[0].length ?? 0;
          const run = leadingName(after);
          if (!run || run.start > skip + 1 || !subject) return null;
          const object = rule.reversed ? stripTitles(run.text) : reading.expand(run.text.replace(/['’]s$/, ""));
          // A body is not a chair: "chaired by the Cabinet" names who presides, not a person or post.
          if (rule.kind === "CHAIRS" && isBodyName(object) && !/\b(?:Leader|Member|Director|Chief|Head|Chair|Officer|Executive Officer)\b/.test(object)) return null;
          const [from, to] = rule.reversed ? [object, subject] : [subject, object];
          reading.add({
            kind: rule.kind,
            subject: from,
            subjectLabel: guessLabel(from, rule.kind === "CHAIRS" ? "Person" : "Board"),
            object: to,
            objectLabel: guessLabel(to, "Board"),
            value: null,
            ...quoteOf,
            page: reading.page(quoteOf.start),
            section: reading.section,
            confidence: rule.confidence,
            rule: rule.name,
          });
          return { object: to, consumed: run.end };
        },
      });
    }
  }
  for (const rule of VALUE_RULES) {
    for (const match of sentence.matchAll(rule.pattern)) {
      const at = match.index ?? 0;
      clauses.push({
        at,
        end: at + match[0].length,
        apply: (subject, after) => {
          const value = rule.read(after, match);
          if (!value || !subject) return null;
          reading.add({
            kind: rule.kind,
            subject,
            subjectLabel: guessLabel(subject, "Board"),
            object: null,
            objectLabel: null,
            value,
            ...quoteOf,
            page: reading.page(quoteOf.start),
            section: reading.section,
            confidence: rule.confidence,
            rule: rule.name,
          });
          return { object: null, consumed: 0 };
        },
      });
    }
  }
  clauses.sort((a, b) => a.at - b.at);
  let previousEnd = 0;
  let previousSubject: string | null = null;
  let first: string | null = null;
  for (const clause of clauses) {
    if (clause.at < previousEnd) continue;
    const prefix = sentence.slice(previousEnd, clause.at);
    const coordinated: boolean = previousSubject !== null && /^[\s,]*(?:(?:and|but|while|also|then)\b[\s\w]*)?$/i.test(prefix) && !nameRuns(prefix).some((run) => isBodyName(run.text));
    const subject: string | null = coordinated ? previousSubject : reading.subjectOf(prefix);
    const result = clause.apply(subject, sentence.slice(clause.end));
    previousEnd = clause.end + (result?.consumed ?? 0);
    previousSubject = subject;
    if (subject && first === null) first = subject;
  }
  if (first) reading.remember(first);
  else {
    const lead = leadingName(sentence);
    if (lead && isBodyName(lead.text) && lead.text.split(/\s+/).length > 1) reading.remember(reading.expand(lead.text));
  }
}

/** Sentences of a paragraph, each with its offset in the paragraph. */
function sentencesOf(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  for (const match of text.matchAll(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g)) {
    if (match[0].trim()) out.push({ text: match[0], offset: match.index ?? 0 });
  }
  return out;
}

/** "Chair: Ruth Calder", "Vice-Chair: ...", "Next review: March 2024", "Quorum: three members". */
function labelLine(reading: Reading, line: Line): boolean {
  const match = /^\s*(vice[- ]?chair(?:man|person)?|chair(?:man|person)?|next review|review date|date of next review|review due|quorum|established|date established)\s*:\s*(.+)$/i.exec(line.text);
  if (!match?.[1] || !match[2]) return false;
  const label = match[1].toLowerCase();
  const rest = match[2].trim();
  const body = reading.current ?? reading.main;
  if (!body) return true;
  const base = { quote: line.text.trim(), start: line.start, end: line.end, page: reading.page(line.start), section: reading.section };
  if (label.includes("chair")) {
    const run = nameRuns(rest)[0];
    if (!run) return true;
    const person = stripTitles(run.text);
    const kind = label.startsWith("vice") ? "VICE_CHAIRS" : "CHAIRS";
    reading.add({ ...base, kind, subject: person, subjectLabel: guessLabel(person, "Person"), object: body, objectLabel: guessLabel(body, "Board"), value: null, confidence: 0.9, rule: `"${match[1]}:" label` });
    return true;
  }
  const value = label === "quorum" ? quorumValue(rest) : monthOf(rest)?.value ?? null;
  if (!value) return true;
  const kind = label === "quorum" ? "QUORUM" : label.includes("review") ? "REVIEW" : "ESTABLISHED";
  const subject = kind === "REVIEW" ? (reading.main ?? body) : body;
  reading.add({ ...base, kind, subject, subjectLabel: guessLabel(subject, "Board"), object: null, objectLabel: null, value, confidence: 0.9, rule: `"${match[1]}:" label` });
  return true;
}

/** Every fact the document states, each once (the first quote kept), contact details never among them. */
export function extractFacts(document: DocumentText): ProposedFact[] {
  const lines = linesOf(document.text);
  const reading = new Reading(document, mainSubject(lines));
  if (reading.main) reading.subjects.push(reading.main);
  let paragraph: Line[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const first = paragraph[0] as Line;
    const last = paragraph.at(-1) as Line;
    const text = document.text.slice(first.start, last.end);
    for (const sentence of sentencesOf(text)) sentenceFacts(reading, sentence.text, first.start + sentence.offset);
    paragraph = [];
  };
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as Line;
    if (isBlank(line)) {
      flush();
      index += 1;
      continue;
    }
    const columns = governanceHeader(line);
    if (columns) {
      flush();
      const { rows, next } = tableRows(lines, index, columns);
      for (const fact of tableFacts(document.text, rows, columns, reading.section, reading.page)) reading.add(fact);
      index = next;
      continue;
    }
    if (!line.text.includes("\t") && isMembershipHeading(line.text)) {
      flush();
      reading.section = headingText(line.text);
      const { entries, next } = membershipEntries(lines, index);
      const body = reading.current ?? reading.main;
      if (body) for (const fact of membershipFacts(entries, body, reading.section, reading.page)) reading.add(fact);
      index = next;
      continue;
    }
    if (labelLine(reading, line)) {
      flush();
      index += 1;
      continue;
    }
    if (isHeading(lines, index)) {
      flush();
      reading.section = headingText(line.text);
      index += 1;
      continue;
    }
    // Tab-separated lines outside a governance table are layout (signatures, logos): no sentences in them.
    if (line.text.includes("\t")) {
      flush();
      index += 1;
      continue;
    }
    paragraph.push(line);
    index += 1;
  }
  flush();
  const seen = new Set<string>();
  return reading.facts.filter((fact) => {
    if (/▒/.test(`${fact.subject} ${fact.object ?? ""} ${fact.value ?? ""}`)) return false;
    const key = factKey(fact, nameKey);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
