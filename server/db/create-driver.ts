import neo4j, { type Driver } from "neo4j-driver";
import type { Logger } from "../logger.ts";

export interface DatabaseTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * One driver per process. It holds no state of ours, so the service stays
 * stateless and the same code serves a single server or a routing cluster.
 */
export function createDriver(target: DatabaseTarget, logger: Logger): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    userAgent: "governance-graph",
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    logging: {
      level: "warn",
      logger: (level, message) => logger[level === "error" ? "error" : "warn"]({ driver: true }, message),
    },
  });
}
