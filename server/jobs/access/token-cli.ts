// npm run token -- --role admin --name <who>: issues an API token and prints it once.
// This is how the first admin gets in; later tokens are issued with createApiToken.
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { isAccessRole } from "../../graph/access.ts";
import { commandLineUser, runCommand } from "../../run-command.ts";
import { issueApiToken } from "./manage-api-tokens.ts";

const USAGE = "Usage: npm run token -- --role viewer|editor|admin --name <who the token is for>";

const { values } = parseArgs({ options: { role: { type: "string" }, name: { type: "string" }, help: { type: "boolean" } } });
if (values.help || !isAccessRole(values.role) || !values.name?.trim()) {
  console.error(values.help ? USAGE : `${USAGE}\n(got --role ${values.role ?? "(none)"} --name ${values.name ?? "(none)"})`);
  process.exit(values.help ? 0 : 2);
}

const { name, role } = { name: values.name.trim(), role: values.role };
await runCommand(async (database) => {
  const { token, apiToken } = await issueApiToken(database.runner, commandLineUser(userInfo().username, "admin"), name, role);
  console.error(`API token ${apiToken.id} for "${apiToken.name}" (${apiToken.role}). It is shown only now; store it safely.`);
  console.error("Send it as: Authorization: Bearer <token>");
  console.log(token);
  return 0;
});
