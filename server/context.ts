import type { AuthUser } from "./graph/access.ts";
import type { Config } from "./config.ts";
import type { QueryRunner } from "./db/run-query.ts";
import type { Logger } from "./logger.ts";

/** What every resolver receives. Built per request; it holds nothing between requests. */
export interface GraphContext {
  runner: QueryRunner;
  logger: Logger;
  config: Config;
  /** The caller, from a JWT or an API token; null (or absent, in tests that build a context by hand) when anonymous. */
  user?: AuthUser | null;
}
