import { parse } from "csv-parse/sync";
import type { ImportProblem, ParsedImport, Position } from "./import-problems.ts";

/** The source document every row cites (a CSV row has no room for it). */
export interface CsvDocument {
  file: string;
  title: string;
  date: string;
  dateNote?: string | null;
}

const BODY_COLUMNS = ["id", "label", "name", "kind", "area", "validFrom", "validTo", "aliases", "section", "description", "ambiguity", "dateNote"];
const LINE_COLUMNS = ["type", "from", "to", "validFrom", "validTo", "section", "description", "ambiguity", "dateNote"];
/** Extra properties are columns named `props.<name>`, so that a misspelt column is an error, not a new property. */
const PROP_PREFIX = "props.";

interface Table {
  rows: { values: Record<string, unknown>; line: number }[];
  columnOf(name: string): number | null;
}

function readTable(text: string, file: "content" | "lines", known: string[], problems: ImportProblem[]): Table {
  let records: { record: string[]; info: { lines: number; empty_lines: number; error?: { code: string } } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    problems.push({ file, line: lines ?? null, column: null, path: "", message: `not valid CSV: ${message}` });
    return { rows: [], columnOf: () => null };
  }
  const [header, ...body] = records;
  const names = header?.record ?? [];
  names.forEach((name, index) => {
    if (!known.includes(name) && !name.startsWith(PROP_PREFIX)) {
      problems.push({ file, line: 1, column: index + 1, path: "", message: `unknown column "${name}" (extra properties are named ${PROP_PREFIX}<name>)` });
    }
  });
  let previous = header?.info ?? { lines: 0, empty_lines: 0 };
  const rows = body.map(({ record, info }) => {
    // info.lines is where a record ends; a quoted field may span lines, so count from the previous record.
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    previous = info;
    if (info.error) {
      problems.push({ file, line, column: null, path: "", message: `the row has ${record.length} fields, the header ${names.length}` });
    }
    const values: Record<string, unknown> = {};
    const props: Record<string, string> = {};
    names.forEach((name, index) => {
      const cell = record[index];
      if (cell === undefined || cell === "") return;
      if (name.startsWith(PROP_PREFIX)) props[name.slice(PROP_PREFIX.length)] = cell;
      else if (name === "area" && cell.includes(";")) values.areas = cell.split(";").map((area) => area.trim()).filter(Boolean);
      else values[name] = name === "aliases" ? cell.split(";").map((alias) => alias.trim()).filter(Boolean) : cell;
    });
    if (Object.keys(props).length > 0) values.props = props;
    return { values, line };
  });
  const columnOf = (name: string) => {
    const index = names.indexOf(name);
    return index >= 0 ? index + 1 : null;
  };
  return { rows, columnOf };
}

/**
 * Reads a CSV of bodies (one node per row) and, optionally, a CSV of lines (one
 * relationship per row) into one seed-shaped file citing `document`. Aliases
 * are separated by ";". Empty cells are absent values.
 */
export function parseCsvImport(bodies: string, lines: string | null | undefined, document: CsvDocument | null | undefined): ParsedImport {
  const problems: ImportProblem[] = [];
  const nodeTable = readTable(bodies, "content", BODY_COLUMNS, problems);
  const lineTable = lines ? readTable(lines, "lines", LINE_COLUMNS, problems) : { rows: [], columnOf: () => null };
  if (!document) problems.push({ file: "document", line: null, column: null, path: "document", message: "a CSV import needs the document its rows cite" });

  const file = {
    document: document ? { file: document.file, title: document.title, date: document.date, ...(document.dateNote ? { dateNote: document.dateNote } : {}) } : {},
    nodes: nodeTable.rows.map((row) => row.values),
    relationships: lineTable.rows.map((row) => row.values),
  };

  const locate = (_fileIndex: number, path: readonly (string | number)[]): Position => {
    const [section, index, field, propName] = path;
    const table = section === "nodes" ? nodeTable : section === "relationships" ? lineTable : undefined;
    const name = section === "nodes" ? "content" : section === "relationships" ? "lines" : "document";
    const row = typeof index === "number" ? table?.rows[index] : undefined;
    if (!table || !row) return { file: name, line: null, column: null };
    const column = field === "props" && typeof propName === "string" ? `${PROP_PREFIX}${propName}` : String(field ?? "");
    return { file: name, line: row.line, column: table.columnOf(column) };
  };
  return { files: [file], locate, problems };
}
