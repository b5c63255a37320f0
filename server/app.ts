import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import { makeExecutableSchema } from "@graphql-tools/schema";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { createYoga } from "graphql-yoga";
import type { Config } from "./config.ts";
import type { GraphContext } from "./context.ts";
import type { QueryRunner } from "./db/run-query.ts";
import type { Logger } from "./logger.ts";
import { resolvers } from "./resolvers.ts";
import { registerHealthRoute } from "./plugins/health-route.ts";

export const SCHEMA_FILE = fileURLToPath(new URL("../schema.graphql", import.meta.url));
export const CLIENT_DIST = fileURLToPath(new URL("../dist/client/", import.meta.url));

export interface AppOptions {
  runner: QueryRunner;
  config: Config;
  logger: Logger;
}

export function createSchema() {
  return makeExecutableSchema<GraphContext>({ typeDefs: readFileSync(SCHEMA_FILE, "utf8"), resolvers });
}

/** Builds the HTTP app (GraphQL, health, the built client). It never listens: main.ts does. */
export async function createApp({ runner, config, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ loggerInstance: logger as FastifyBaseLogger, disableRequestLogging: config.NODE_ENV === "test" });
  const yoga = createYoga<{ req: unknown; reply: unknown }, GraphContext>({
    schema: createSchema(),
    graphiql: config.GRAPHIQL,
    logging: logger,
    context: () => ({ runner, logger, config }),
  });

  app.route({
    url: yoga.graphqlEndpoint,
    method: ["GET", "POST", "OPTIONS"],
    handler: async (req, reply) => {
      const response = await yoga.handleNodeRequestAndResponse(req, reply, { req, reply });
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      reply.status(response.status);
      reply.send(response.body);
      return reply;
    },
  });

  registerHealthRoute(app, runner);

  if (existsSync(CLIENT_DIST)) {
    await app.register(fastifyStatic, { root: CLIENT_DIST });
  } else {
    app.get("/", async (_req, reply) =>
      reply.type("text/plain").send("The browser client is not built yet: run `npm run build:client`, or use /graphql."),
    );
  }
  return app;
}
