import type { FastifyInstance } from "fastify";
import type { QueryRunner } from "../db/run-query.ts";

/** What /health says when Neo4j does not answer: never the driver's text, which names the Bolt host and port. */
export const DATABASE_UNAVAILABLE = "the graph database is unavailable";

export interface HealthRouteOptions {
  /** Why the database is away when the service knows more (the local Neo4j is restarting); no host or port. */
  outage?: () => string | undefined;
  /** @default 1500 */
  timeoutMs?: number;
}

/**
 * GET /health: 200 when Neo4j answers, 503 with the reason when it does not.
 * The service itself keeps running; the driver reconnects when Neo4j returns.
 * Answers within about 1.5 s either way, so that a load balancer's probe never hangs.
 */
export function registerHealthRoute(app: FastifyInstance, runner: QueryRunner, options: HealthRouteOptions = {}): void {
  const timeoutMs = options.timeoutMs ?? 1_500;
  app.get("/health", async (request, reply) => {
    const known = options.outage?.();
    try {
      // Auto-commit, so that the driver reports a dead server at once instead of retrying.
      await withTimeout(runner.autoCommit("health/ping", {}, { mode: "READ", timeoutMs }), timeoutMs);
      return reply.status(200).send({ status: "ok", database: "reachable" });
    } catch (error) {
      request.log.warn({ detail: error instanceof Error ? error.message : String(error), outage: known }, "Health check: the database did not answer");
      const why = known ?? (error instanceof Error && /within \d+ ms/.test(error.message) ? `it did not answer within ${timeoutMs} ms` : "it cannot be reached");
      return reply.status(503).send({ status: "unavailable", database: "unreachable", reason: `${DATABASE_UNAVAILABLE}: ${why}` });
    }
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
