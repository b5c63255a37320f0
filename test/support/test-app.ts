import type { FastifyInstance } from "fastify";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import type { QueryRunner } from "../../server/db/run-query.ts";
import { testLogger } from "./test-database.ts";

/** The real HTTP app over a real runner, exercised in-process with fastify's inject. */
export async function createTestApp(runner: QueryRunner): Promise<FastifyInstance> {
  return createApp({ runner, config: loadConfig({ NODE_ENV: "test" }), logger: testLogger });
}

export interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** POSTs one GraphQL operation to /graphql and returns the parsed answer. */
export async function graphql<T = Record<string, unknown>>(
  app: FastifyInstance,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer<T>> {
  const response = await app.inject({
    method: "POST",
    url: "/graphql",
    headers: { "content-type": "application/json", ...headers },
    payload: JSON.stringify({ query, variables }),
  });
  return response.json() as GraphQLAnswer<T>;
}
