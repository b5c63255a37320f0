/**
 * The governance table of a plan (004's section 4): a header row naming a lead,
 * a governance and reporting route and an oversight role, then a row per
 * strategy. A cell that wraps continues on the next line(s) with the row's
 * oversight cell empty, as the seed documents show.
 */
import { type Line, isBlank } from "./document-lines.ts";
import { guessLabel, stripTitles } from "./names.ts";
import type { ProposedFact } from "./proposed-fact.ts";

export interface TableColumns {
  subject: number;
  lead: number | null;
  governance: number | null;
  oversight: number | null;
}

function cellsOf(line: Line): string[] {
  return line.text.split("\t").map((cell) => cell.trim());
}

/** The columns, when the line is the header of a governance table. */
export function governanceHeader(line: Line): TableColumns | null {
  if (!line.text.includes("\t")) return null;
  const cells = cellsOf(line);
  if (cells.length < 3) return null;
  const find = (pattern: RegExp, not: number[] = []) => {
    const index = cells.findIndex((cell, at) => pattern.test(cell) && !not.includes(at));
    return index >= 0 ? index : null;
  };
  const lead = find(/\blead/i);
  const governance = find(/governance|reporting/i, lead === null ? [] : [lead]);
  const oversight = find(/oversight/i);
  if ([lead, governance, oversight].filter((column) => column !== null).length < 2) return null;
  const subject = find(/strategy|action|activity|intention|programme|plan|workstream|initiative/i, [lead, governance, oversight].filter((c): c is number => c !== null)) ?? 0;
  return { subject, lead, governance, oversight };
}

interface Row {
  cells: string[];
  start: number;
  end: number;
}

/** The rows after a header, wrapped cells joined; `next` is the first line after the table. */
export function tableRows(lines: readonly Line[], headerIndex: number, columns: TableColumns): { rows: Row[]; next: number } {
  const rows: Row[] = [];
  const anchor = columns.oversight ?? columns.governance ?? columns.lead ?? columns.subject;
  let index = headerIndex + 1;
  while (index < lines.length) {
    const line = lines[index] as Line;
    if (isBlank(line)) {
      let look = index + 1;
      while (look < lines.length && isBlank(lines[look])) look += 1;
      if (look < lines.length && (lines[look] as Line).text.includes("\t") && !governanceHeader(lines[look] as Line)) {
        index = look;
        continue;
      }
      break;
    }
    if (!line.text.includes("\t") || governanceHeader(line)) break;
    const cells = cellsOf(line);
    const current = rows.at(-1);
    if (current && (cells[anchor] ?? "") === "") {
      cells.forEach((cell, at) => {
        if (cell) current.cells[at] = current.cells[at] ? `${current.cells[at]} ${cell}` : cell;
      });
      current.end = line.end;
    } else {
      rows.push({ cells, start: line.start, end: line.end });
    }
    index += 1;
  }
  return { rows, next: index };
}

/** "Margaret Gray (PH) Wendy Pearson (SUHFT)", "Ross Gerrie Dr Kate Barusya": each person. */
export function peopleIn(cell: string): string[] {
  const parts = cell
    .replace(/\s+(?=(?:Dr|Cllr|Councillor|Professor)\s)/g, "\n")
    .replace(/\)\s*(?=[A-Z])/g, ")\n")
    .replace(/\s*(?:,|;|\band\b|\/)\s*(?=[A-Z])/g, "\n")
    .split("\n");
  return parts.map((part) => stripTitles(part.replace(/\([^)]*\)/g, "").trim())).filter((part) => part.length > 1);
}

/** "Departmental Management Team Young Carers Forum", "Joint Executive Board, CCG": each body. */
export function bodiesIn(cell: string): string[] {
  return cell
    .replace(/\b(Team|Board|Group|Forum|Panel|Committee|Partnership)\s+(?=[A-Z])/g, "$1\n")
    .split(/\n|,|;/)
    .map((part) => part.trim())
    .filter((part) => part.length > 1);
}

/** The facts of each row: its lead(s), its governance route(s), its oversight. */
export function tableFacts(text: string, rows: readonly Row[], columns: TableColumns, section: string | null, pageAt: (offset: number) => number): ProposedFact[] {
  const facts: ProposedFact[] = [];
  for (const row of rows) {
    const strategy = (row.cells[columns.subject] ?? "").replace(/\s+/g, " ").trim();
    if (!strategy) continue;
    const quote = text.slice(row.start, row.end);
    const base = { quote, start: row.start, end: row.end, page: pageAt(row.start), section, value: null };
    const cell = (column: number | null) => (column === null ? "" : (row.cells[column] ?? "").replace(/\s+/g, " ").trim());
    for (const person of peopleIn(cell(columns.lead))) {
      facts.push({ ...base, kind: "LEADS", subject: person, subjectLabel: guessLabel(person, "Person"), object: strategy, objectLabel: "Strategy", confidence: 0.9, rule: "table: lead column" });
    }
    for (const body of bodiesIn(cell(columns.governance))) {
      facts.push({ ...base, kind: "GOVERNED_THROUGH", subject: strategy, subjectLabel: "Strategy", object: body, objectLabel: guessLabel(body, "Board"), confidence: 0.9, rule: "table: governance and reporting column" });
    }
    for (const body of bodiesIn(cell(columns.oversight))) {
      facts.push({ ...base, kind: "OVERSEEN_BY", subject: strategy, subjectLabel: "Strategy", object: body, objectLabel: "Board", confidence: 0.9, rule: "table: oversight column" });
    }
  }
  return facts;
}
