// npm run import -- --moderngov <base url> [--area <area id>] [--from <YYYY-MM-DD>] [--dry-run]
// Syncs a council's committees, chairs and members from its ModernGov site, waiting for the end;
// the operator's command line fetches any host unless MODERNGOV_HOSTS is set.
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { loadConfig } from "../../config.ts";
import { IsoDate } from "../../graph/scalars.ts";
import { createProgress } from "../../progress.ts";
import { commandLineUser, runCommand } from "../../run-command.ts";
import { startSync } from "./run-sync.ts";
import { syncView } from "./sync-record.ts";
import { syncSettings } from "./sync-settings.ts";

const USAGE = "Usage: npm run import -- --moderngov <base url> [--area <area id>] [--from <YYYY-MM-DD>] [--dry-run]";

function readArguments() {
  try {
    return parseArgs({
      options: {
        moderngov: { type: "string" },
        area: { type: "string" },
        from: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        help: { type: "boolean" },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const values = readArguments();
if (values.help || !values.moderngov) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
if (values.from && !IsoDate.safeParse(values.from).success) {
  console.error(`--from: "${values.from}" is not a date (YYYY-MM-DD)\n${USAGE}`);
  process.exit(2);
}

const dryRun = values["dry-run"];
const progress = createProgress(dryRun ? "ModernGov sync (dry run)" : "ModernGov sync");
await runCommand(async (database, logger) => {
  const actor = commandLineUser(userInfo().username, "editor");
  const request = { baseUrl: values.moderngov as string, areaId: values.area ?? null, from: values.from ?? null, dryRun };
  const { id, finished } = await startSync(database.runner, request, actor, syncSettings(loadConfig(), "command-line"), logger);
  const read = async () => {
    const [row] = await database.runner.read("moderngov-sync/get-sync", { id });
    return row ? syncView(row.sync) : null;
  };
  const timer = setInterval(async () => {
    const sync = await read().catch(() => null);
    if (sync?.committeesTotal) progress.update(`${sync.committeesDone}/${sync.committeesTotal} committees, ${sync.place ?? ""}`, sync.committeesDone / sync.committeesTotal);
  }, 1000);
  await finished;
  clearInterval(timer);
  const sync = await read();
  if (!sync) throw new Error(`sync ${id} left no record`);
  if (sync.report && !request.areaId) {
    console.log(`Area: ${sync.areaId} (${sync.report.areaCreated ? (dryRun ? "would be created" : "created") : "reused"}, named after the site)`);
  }
  if (sync.state === "FAILED") {
    progress.done(`stopped at ${sync.stoppedAt}`);
    console.error(`${sync.errorCode}: ${sync.error}`);
    console.error(`${sync.committeesDone} committee(s) were done; run the same command again to resume after them. Sync ${id}.`);
    if (sync.report) console.log(sync.report.summary);
    return 1;
  }
  progress.done(sync.report?.summary ?? "done");
  console.log(JSON.stringify({ sync: id, ...sync.report }, null, 2));
  return 0;
});
