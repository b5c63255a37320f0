import type { AuthUser } from "../../graph/access.ts";
import type { QueryRunner } from "../../db/run-query.ts";
import { govError } from "../../errors.ts";
import { formatProblem, type ImportProblem } from "./import-problems.ts";
import { type CsvDocument, parseCsvImport } from "./parse-csv-import.ts";
import { parseJsonImport } from "./parse-json-import.ts";
import { validateImport } from "./validate-import.ts";
import { type ImportCounts, type ImportProgress, writeImport } from "./write-import.ts";

export interface ImportRequest {
  format: "JSON" | "CSV";
  /** JSON: the seed file(s). CSV: the bodies. */
  content: string;
  /** CSV only: the lines. */
  lines?: string | null;
  /** CSV only: the document every row cites. */
  document?: CsvDocument | null;
  dryRun: boolean;
}

export interface ImportReport extends ImportCounts {
  dryRun: boolean;
  committed: boolean;
  problems: ImportProblem[];
}

/** Carries a dry run's counts out of the transaction it rolls back. */
class DryRunRollback extends Error {
  constructor(readonly counts: ImportCounts) {
    super("dry run: rolled back");
  }
}

class ImportRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super("import refused");
  }
}

const NO_COUNTS: ImportCounts = { documents: 0, nodes: 0, relationships: 0, created: 0, changed: 0, unchanged: 0 };

/**
 * Reads, validates and writes an import in one write transaction: all of it,
 * or nothing. A dry run goes as far as writing and then rolls back, so that its
 * counts of created, changed and unchanged are exactly what a commit would do.
 * @throws GOV_IMPORT_INVALID listing every problem (line, column, path), when not a dry run
 */
export async function runImport(runner: QueryRunner, request: ImportRequest, actor: AuthUser, onProgress?: ImportProgress): Promise<ImportReport> {
  const parsed = request.format === "JSON" ? parseJsonImport(request.content) : parseCsvImport(request.content, request.lines, request.document);
  try {
    return await runner.writeTransaction(async (tx) => {
      const { problems, seeds } = await validateImport(tx, parsed);
      if (problems.length > 0) throw new ImportRefused(problems);
      const counts = await writeImport(tx, seeds, actor, onProgress);
      if (request.dryRun) throw new DryRunRollback(counts);
      return { ...counts, dryRun: false, committed: true, problems: [] };
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return { ...error.counts, dryRun: true, committed: false, problems: [] };
    if (!(error instanceof ImportRefused)) throw error;
    if (request.dryRun) return { ...NO_COUNTS, dryRun: true, committed: false, problems: error.problems };
    const lines = error.problems.map(formatProblem);
    throw govError("GOV_IMPORT_INVALID", {
      detail: `${lines.length} problem${lines.length === 1 ? "" : "s"}, the first: ${lines[0]}`,
      path: ["content"],
      issues: lines.slice(0, 500),
    });
  }
}
