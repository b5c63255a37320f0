/** A problem found in an import, where a person can find it: the file, its line and column (1-based). */
export interface ImportProblem {
  /** `content` or `lines` (the two CSV files), `document` for the CSV's document options. */
  file: string;
  line: number | null;
  column: number | null;
  /** Where in the seed shape, as `nodes[3].kind`. */
  path: string;
  message: string;
}

export interface Position {
  file: string;
  line: number | null;
  column: number | null;
}

/**
 * An import read into seed-shaped files (not yet validated), with a way back
 * from a path in one of them to the line and column of the text it came from.
 */
export interface ParsedImport {
  files: Record<string, unknown>[];
  locate(fileIndex: number, path: readonly (string | number)[]): Position;
  /** Problems found while reading (syntax errors, unknown columns), before any validation. */
  problems: ImportProblem[];
}

/** `12:5 nodes[3].kind: "X" is not a Board kind`, for logs and error extensions. */
export function formatProblem(problem: ImportProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}${problem.column === null ? "" : `:${problem.column}`}`;
  return problem.path ? `${where} ${problem.path}: ${problem.message}` : `${where} ${problem.message}`;
}
