// npm run token -- --role admin --name <who>: issues an API token and prints it once.
// This is how the first admin gets in; later tokens are issued with createApiToken.
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { isAccessRole } from "../../graph/access.ts";
import { commandLineUser, runCommand } from "../../run-command.ts";
import { issueApiToken } from "./manage-api-tokens.ts";

const USAGE = "Usage: npm run token -- --role viewer|editor|admin --name <who the token is for> [--areas <area id>,<area id>...]";

const { values } = parseArgs({ options: { role: { type: "string" }, name: { type: "string" }, areas: { type: "string" }, help: { type: "boolean" } } });
if (values.help || !isAccessRole(values.role) || !values.name?.trim()) {
  console.error(values.help ? USAGE : `${USAGE}\n(got --role ${values.role ?? "(none)"} --name ${values.name ?? "(none)"})`);
  process.exit(values.help ? 0 : 2);
}

const { name, role } = { name: values.name.trim(), role: values.role };
// --areas limits the role to those areas and their sub-areas; without it, every area.
const areas = values.areas === undefined ? null : values.areas.split(",").map((area) => area.trim()).filter(Boolean);
if (areas?.length === 0) {
  console.error(`${USAGE}\n(--areas needs at least one area id)`);
  process.exit(2);
}
await runCommand(async (database) => {
  const { token, apiToken } = await issueApiToken(database.runner, commandLineUser(userInfo().username, "admin"), name, role, areas);
  const limited = apiToken.areas ? `, limited to ${apiToken.areas.join(", ")}` : "";
  console.error(`API token ${apiToken.id} for "${apiToken.name}" (${apiToken.role}${limited}). It is shown only now; store it safely.`);
  console.error("Send it as: Authorization: Bearer <token>");
  console.log(token);
  return 0;
});
