import type { FastifyInstance } from "fastify";
import type { QueryRunner } from "../db/run-query.ts";

/**
 * GET /health: 200 when Neo4j answers, 503 with the reason when it does not.
 * The service itself keeps running; the driver reconnects when Neo4j returns.
 */
export function registerHealthRoute(app: FastifyInstance, runner: QueryRunner): void {
  app.get("/health", async (_req, reply) => {
    try {
      // Auto-commit, so that the driver reports a dead server at once instead of retrying for 30 s.
      await withTimeout(runner.autoCommit("health/ping", {}, { mode: "READ", timeoutMs: 3_000 }), 3_000);
      return reply.status(200).send({ status: "ok", database: "reachable" });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return reply.status(503).send({ status: "unavailable", database: "unreachable", reason });
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
