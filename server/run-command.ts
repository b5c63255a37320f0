import { loadConfig } from "./config.ts";
import { type Database, openDatabase } from "./database.ts";
import type { AccessRole, AuthUser } from "./graph/access.ts";
import { createLogger, type Logger } from "./logger.ts";

export interface CommandOptions {
  /** Log warnings only (unless LOG_LEVEL asks for more detail), so that the command's own output stands out. @default true */
  quiet?: boolean;
  /** What to print for an error the work throws. @default its message */
  describeError?: (error: unknown) => unknown;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : error);

/**
 * Runs a command-line tool's work on the database, closes the database and
 * exits: with the code the work returns (0 when none), or 1 after printing what it threw.
 */
export async function runCommand(work: (database: Database, logger: Logger) => Promise<number | undefined>, options: CommandOptions = {}): Promise<never> {
  const config = loadConfig();
  const quiet = options.quiet !== false && config.LOG_LEVEL === "info";
  const logger = createLogger(quiet ? "warn" : config.LOG_LEVEL);
  const database = await openDatabase(config, logger);
  let exitCode = 0;
  try {
    // A command is not a request: its one transaction (an import, the seeds) may rightly run for minutes.
    exitCode = (await work({ ...database, runner: database.bulkRunner }, logger)) ?? 0;
  } catch (error) {
    exitCode = 1;
    console.error((options.describeError ?? messageOf)(error));
  } finally {
    await database.close();
  }
  process.exit(exitCode);
}

/** The audit log names the login that ran a command, as it would name a signed-in user. */
export function commandLineUser(login: string, role: AccessRole): AuthUser {
  return { id: `cli:${login}`, name: `${login} (command line)`, role, via: "cli" };
}
