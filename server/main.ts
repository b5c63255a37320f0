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

/** SIGTERM must finish within 10 s whatever the database is doing; past this the process exits regardless. */
const SHUTDOWN_DEADLINE_MS = 9_000;

/** Reads the configuration, opens (or starts) Neo4j, loads the seeds into an empty database, listens. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  let app: FastifyInstance | undefined;
  let stopping = false;
  let closeDatabase: () => Promise<void> = async () => undefined;
  const stop = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "Shutting down");
    const deadline = setTimeout(() => {
      logger.error({ reason }, `Shutdown took longer than ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting anyway`);
      process.exit(exitCode || 1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    // In-flight requests finish quickly: the driver gives up on an absent database within about a second.
    await app?.close().catch(() => undefined);
    await closeDatabase().catch((error: unknown) => logger.error({ error }, "Closing the database failed"));
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void stop("SIGINT", 0));
  process.on("SIGTERM", () => void stop("SIGTERM", 0));

  const database = await openDatabase(config, logger, {
    // Exiting non-zero hands the problem to whatever supervises the service (systemd, a container runtime).
    onEmbeddedGiveUp: (why) => void stop(why, 1),
  });
  closeDatabase = database.close;
  if (stopping) return;

  if (config.SEED_ON_START) await seedIfEmpty(database.bulkRunner, logger);
  const sessionSecret = resolveSessionSecret(config);
  app = await createApp({ runner: database.runner, config, logger, databaseOutage: database.outage, ...(sessionSecret ? { sessionSecret } : {}) });
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
