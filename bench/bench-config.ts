import { type Config, loadConfig } from "../server/config.ts";

/**
 * The app's configuration in every bench: production settings, no logging, no
 * seeding. The rate limit runs on every request as in production, keyed by
 * address (the bench sends no credentials), with an allowance no bench
 * reaches: a warm-up or a profile sends thousands of requests a minute, where
 * the default allowance (RATE_LIMIT_MAX) would answer most of them with 429.
 */
export function benchAppConfig(): Config {
  return loadConfig({ NODE_ENV: "production", LOG_LEVEL: "silent", SEED_ON_START: "false", RATE_LIMIT_MAX: String(BENCH_RATE_LIMIT_MAX) });
}

const BENCH_RATE_LIMIT_MAX = 1_000_000;
