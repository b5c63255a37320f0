// npm run token -- --role admin --name <who>: issues an API token and prints it once.
// This is how the first admin gets in; later tokens are issued with createApiToken.
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { loadConfig } from "../../config.ts";
import { openDatabase } from "../../database.ts";
import { createLogger } from "../../logger.ts";
import { type AuthUser, isAccessRole } from "../../graph/access.ts";
import { issueApiToken } from "./manage-api-tokens.ts";

const USAGE = "Usage: npm run token -- --role viewer|editor|admin --name <who the token is for>";

const { values } = parseArgs({ options: { role: { type: "string" }, name: { type: "string" }, help: { type: "boolean" } } });
if (values.help || !isAccessRole(values.role) || !values.name?.trim()) {
  console.error(values.help ? USAGE : `${USAGE}\n(got --role ${values.role ?? "(none)"} --name ${values.name ?? "(none)"})`);
  process.exit(values.help ? 0 : 2);
}

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
const database = await openDatabase(config, logger);
// The audit log names the login that ran the command, as it would name a signed-in admin.
const login = userInfo().username;
const actor: AuthUser = { id: `cli:${login}`, name: `${login} (command line)`, role: "admin", via: "cli" };
let exitCode = 0;
try {
  const { token, apiToken } = await issueApiToken(database.runner, actor, values.name.trim(), values.role);
  console.error(`API token ${apiToken.id} for "${apiToken.name}" (${apiToken.role}). It is shown only now; store it safely.`);
  console.error("Send it as: Authorization: Bearer <token>");
  console.log(token);
} catch (error) {
  exitCode = 1;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await database.close();
}
process.exit(exitCode);
