import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import type { QueryRunner } from "../../server/db/run-query.ts";
import { createLogger } from "../../server/logger.ts";

/** Posts one GraphQL operation to an app built around `runner`, in-process, and returns the JSON answer. */
export async function askGraphql<D = Record<string, unknown>>(runner: QueryRunner, query: string, variables: Record<string, unknown> = {}) {
  const app = await createApp({ runner, config: loadConfig({ NODE_ENV: "test" }), logger: createLogger("silent", { pretty: false }) });
  try {
    const response = await app.inject({ method: "POST", url: "/graphql", payload: { query, variables } });
    return response.json() as { data?: D; errors?: { extensions?: Record<string, unknown> }[] };
  } finally {
    await app.close();
  }
}
