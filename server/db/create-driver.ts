import neo4j, { type Driver } from "neo4j-driver";
import type { Logger } from "../logger.ts";

export interface DatabaseTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** How quickly the driver gives up on a database that is away; the defaults answer a request within 2 s. */
export interface DriverTimeouts {
  /** Opening a connection, and waiting for one from the pool. @default 1500 */
  connectTimeoutMs?: number;
}

/**
 * One driver per process. It holds no state of ours, so the service stays
 * stateless and the same code serves a single server or a routing cluster.
 * The driver's defaults (30 s to connect, 60 s to acquire, 30 s of retries)
 * would keep a request waiting for a dead database for up to a minute; ours
 * fail within about a second, and the driver reconnects by itself once the
 * database is back. The driver's own retries are off: its first pause is a
 * second long whatever the error, so the query runner retries passing
 * errors (deadlocks, a cluster member going away) itself, briefly, and
 * never a database that refuses connections.
 */
export function createDriver(target: DatabaseTarget, logger: Logger, timeouts: DriverTimeouts = {}): Driver {
  const connectTimeoutMs = timeouts.connectTimeoutMs ?? 1_500;
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    userAgent: "governance-graph",
    maxConnectionPoolSize: 50,
    connectionTimeout: connectTimeoutMs,
    connectionAcquisitionTimeout: connectTimeoutMs,
    maxTransactionRetryTime: 0,
    // Our integers (counts, versions, scores) stay far below 2^53: as plain numbers they skip
    // building an Integer per value and converting it back for every row.
    disableLosslessIntegers: true,
    logging: { level: "warn", logger: onceEvery(30_000, (level, message) => logger[level === "error" ? "error" : "warn"]({ driver: true }, message)) },
  });
}

/** While the database is away the driver repeats the same warning every second; one line per half minute is enough. */
function onceEvery(ms: number, log: (level: string, message: string) => void): (level: string, message: string) => void {
  const lastSeen = new Map<string, number>();
  return (level, message) => {
    const key = message.replace(/\d+/g, "#");
    const now = Date.now();
    if (now - (lastSeen.get(key) ?? Number.NEGATIVE_INFINITY) < ms) return;
    if (lastSeen.size > 200) lastSeen.clear();
    lastSeen.set(key, now);
    log(level, message);
  };
}
