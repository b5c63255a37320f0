import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { ConfigError, loadConfig } from "./config.ts";
import { createApp } from "./app.ts";
import { openDatabase } from "./database.ts";
import { createLogger } from "./logger.ts";
import { seedIfEmpty } from "./seed/load-seeds.ts";
import { MissingPrerequisiteError } from "./db/embedded/prerequisites.ts";
import { issueOneTimeLink, ONE_TIME_LINK_PATH } from "./auth/one-time-link.ts";
import { resolveSessionSecret } from "./auth/session-secret.ts";

/** Reads the configuration, opens (or starts) Neo4j, loads the seeds into an empty database, listens. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase(config, logger);
  let app: FastifyInstance | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "Shutting down");
    await app?.close().catch(() => undefined);
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  if (config.SEED_ON_START) await seedIfEmpty(database.runner, logger);
  const sessionSecret = resolveSessionSecret(config);
  app = await createApp({ runner: database.runner, config, logger, ...(sessionSecret ? { sessionSecret } : {}) });
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  logger.info(`Governance graph ready: ${address}/ (diagram), ${address}/graphql (GraphQL), ${address}/health`);
  // On the embedded default with no identity provider, a newcomer still gets in: once, from this machine, within 15 minutes.
  if (!config.NEO4J_URI && !config.OIDC_ISSUER && sessionSecret) {
    const code = await issueOneTimeLink(database.runner);
    const port = (app.server.address() as AddressInfo).port;
    console.log(`Sign in as administrator: http://127.0.0.1:${port}${ONE_TIME_LINK_PATH}${code}`);
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof MissingPrerequisiteError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
