// npm run import -- [--dry-run] <file.json>
// npm run import -- [--dry-run] --bodies <bodies.csv> [--lines <lines.csv>] --document-file <NNN_hex.txt> --document-title <title> --document-date <YYYY-MM-DD>
// Imports nodes and lines in one transaction through the seed loader's merge; a dry run rolls back and reports.
import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { createProgress } from "../../progress.ts";
import { commandLineUser, runCommand } from "../../run-command.ts";
import { formatProblem } from "./import-problems.ts";
import { type ImportRequest, runImport } from "./run-import.ts";

const USAGE = `Usage:
  npm run import -- [--dry-run] <file.json>          one seed file as JSON, or a list of them (as npm run export writes)
  npm run import -- [--dry-run] --bodies <bodies.csv> [--lines <lines.csv>]
                    --document-file <NNN_hex.txt> --document-title <title> --document-date <YYYY-MM-DD>
  npm run import -- --moderngov <base url> [--area <area id>] [--from <YYYY-MM-DD>] [--dry-run]   a council's ModernGov site`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    bodies: { type: "string" },
    lines: { type: "string" },
    "document-file": { type: "string" },
    "document-title": { type: "string" },
    "document-date": { type: "string" },
    "document-date-note": { type: "string" },
    help: { type: "boolean" },
  },
});
const jsonFile = positionals[0];
if (values.help || (!jsonFile && !values.bodies) || (jsonFile && values.bodies)) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const request: ImportRequest = jsonFile
  ? { format: "JSON", content: readFileSync(jsonFile, "utf8"), dryRun: values["dry-run"] }
  : {
      format: "CSV",
      content: readFileSync(values.bodies as string, "utf8"),
      lines: values.lines ? readFileSync(values.lines, "utf8") : null,
      document: {
        file: values["document-file"] ?? "",
        title: values["document-title"] ?? "",
        date: values["document-date"] ?? "",
        dateNote: values["document-date-note"] ?? null,
      },
      dryRun: values["dry-run"],
    };
// Problems name "content" and "lines"; show the files they came from.
const fileNames: Record<string, string> = { content: jsonFile ?? values.bodies ?? "", lines: values.lines ?? "lines", document: "--document-*" };

const progress = createProgress(request.dryRun ? "Import (dry run)" : "Import");
await runCommand(
  async (database) => {
    const actor = commandLineUser(userInfo().username, "editor");
    const report = await runImport(database.runner, request, actor, (done, total, status) => progress.update(`${done}/${total} ${status}`, done / total));
    if (report.problems.length > 0) {
      progress.done(`${report.problems.length} problem(s); nothing was written`);
      for (const problem of report.problems) console.error(formatProblem({ ...problem, file: fileNames[problem.file] ?? problem.file }));
      return 1;
    }
    const { documents, nodes, relationships, created, changed, unchanged } = report;
    progress.done(report.committed ? "written" : "checked; rolled back, nothing was written");
    console.log(JSON.stringify({ committed: report.committed, documents, nodes, relationships, created, changed, unchanged }, null, 2));
    return 0;
  },
  {
    describeError: (error) => {
      const issues = (error as { extensions?: { issues?: string[] } }).extensions?.issues;
      progress.done("refused; nothing was written");
      return issues ? issues.join("\n") : error instanceof Error ? error.message : error;
    },
  },
);
