import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs; pretty, human-readable lines when a person watches a terminal. */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  const pretty = options.pretty ?? (process.stdout.isTTY === true && process.env.NODE_ENV !== "production");
  return pino({
    level,
    base: { service: "governance-graph" },
    redact: { paths: ["password", "*.password", "config.NEO4J_PASSWORD"], censor: "[redacted]" },
    ...(pretty ? { transport: { target: "pino-pretty", options: { translateTime: "HH:MM:ss", ignore: "pid,hostname,service" } } } : {}),
  });
}
