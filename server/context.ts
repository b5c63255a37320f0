import type { Config } from "./config.ts";
import type { QueryRunner } from "./db/run-query.ts";
import type { Logger } from "./logger.ts";

/** What every resolver receives. Built per request; it holds nothing between requests. */
export interface GraphContext {
  runner: QueryRunner;
  logger: Logger;
  config: Config;
}
