import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import { makeExecutableSchema } from "@graphql-tools/schema";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { createYoga } from "graphql-yoga";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createAuthenticator } from "./auth/authenticate.ts";
import type { Config } from "./config.ts";
import type { GraphContext } from "./context.ts";
import type { QueryRunner } from "./db/run-query.ts";
import type { Logger } from "./logger.ts";
import { JOBS } from "./jobs.ts";
import type { RouteGraphqlAnswer } from "./jobs/job-manifest.ts";
import { resolvers } from "./resolvers.ts";
import { registerHealthRoute } from "./plugins/health-route.ts";
import { useAuthentication } from "./plugins/use-authentication.ts";
import { useGraphqlHardening } from "./plugins/use-graphql-hardening.ts";
import { useHttpHardening } from "./plugins/use-http-hardening.ts";
import { useInputErrorPaths } from "./plugins/use-input-error-paths.ts";
import { useMutationGuard } from "./plugins/use-mutation-guard.ts";
import { serveYoga } from "./plugins/serve-yoga.ts";
import { useErrorCodes } from "./plugins/use-error-codes.ts";
import { useJsonErrors } from "./plugins/use-json-errors.ts";
import { createGate, gateExpensiveFields } from "./plugins/expensive-gate.ts";
import { useRateLimit } from "./plugins/use-rate-limit.ts";
import { createSessionReader, useSessionCookie } from "./auth/session.ts";
import { registerSignInRoutes } from "./auth/sign-in-routes.ts";
import { acceptMultipart } from "./plugins/accept-multipart.ts";

export const SCHEMA_FILE = fileURLToPath(new URL("../schema.graphql", import.meta.url));
export const CLIENT_DIST = fileURLToPath(new URL("../dist/client/", import.meta.url));

export interface AppOptions {
  runner: QueryRunner;
  config: Config;
  logger: Logger;
  /** Why the database is away, when the service knows (the local Neo4j is restarting): shown by /health. */
  databaseOutage?: () => string | undefined;
  /** Seals session cookies when config.SESSION_SECRET is unset (main.ts passes the embedded default's kept secret). */
  sessionSecret?: string;
  /** Milliseconds since 1970; tests move it on to expire sessions and links. @default Date.now */
  now?: () => number;
}

export function createSchema() {
  return makeExecutableSchema<GraphContext>({ typeDefs: readFileSync(SCHEMA_FILE, "utf8"), resolvers });
}

/** TRUST_PROXY=2: believe the nearest two proxies' X-Forwarded-For entries. */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

/** Builds the HTTP app (GraphQL, health, the built client). It never listens: main.ts does. */
export async function createApp({ runner, config, logger, databaseOutage, sessionSecret, now = Date.now }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Whose X-Forwarded-For to believe (TRUST_PROXY): the rate limit keys anonymous callers by address.
    trustProxy: typeof config.TRUST_PROXY === "number" ? trustHops(config.TRUST_PROXY) : config.TRUST_PROXY,
  });
  await useHttpHardening(app, config);
  useJsonErrors(app);
  const secret = config.SESSION_SECRET ?? sessionSecret;
  if (secret) await useSessionCookie(app, config, secret);
  const readSession = secret ? createSessionReader({ config, runner, now }) : undefined;
  const authenticate = createAuthenticator({ config, runner });
  await useRateLimit(app, config, authenticate);
  const expensiveGate = createGate(config.GRAPHQL_MAX_EXPENSIVE_CONCURRENT, config.GRAPHQL_EXPENSIVE_WAIT_MS);
  const yoga = createYoga<{ req: unknown; reply: unknown }, GraphContext>({
    schema: gateExpensiveFields(createSchema(), expensiveGate),
    graphiql: config.GRAPHIQL,
    // Served from this app, not a CDN, so that the content security policy allows no other host.
    renderGraphiQL,
    // CORS is answered by @fastify/cors from the CORS_ORIGINS allow-list, not by yoga's allow-all default.
    cors: false,
    logging: logger,
    plugins: [
      useAuthentication({ authenticate, readSession, requireForRead: config.REQUIRE_AUTH_FOR_READ }),
      ...useGraphqlHardening(config),
      useMutationGuard(),
      useInputErrorPaths(),
      useErrorCodes(),
    ],
    context: () => ({ runner, logger, config }),
  });

  acceptMultipart(app, config.DRAFT_MAX_BYTES);
  serveYoga(app, yoga);

  // Jobs' own routes (feeds, documents) ask GraphQL through yoga in-process, with the caller's headers.
  const graphql = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const response = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as RouteGraphqlAnswer;
  };
  for (const job of JOBS) await job.routes?.(app, { runner, config, authenticate, graphql });

  registerHealthRoute(app, runner, databaseOutage ? { outage: databaseOutage } : {});
  registerSignInRoutes(app, { config, runner, now, sessions: secret !== undefined });

  if (existsSync(CLIENT_DIST)) {
    await app.register(fastifyStatic, { root: CLIENT_DIST });
  } else {
    app.get("/", async (_req, reply) =>
      reply.type("text/plain").send("The browser client is not built yet: run `npm run build:client`, or use /graphql."),
    );
  }
  return app;
}
