import type { Config } from "../../config.ts";
import type { HostPolicy } from "./host-policy.ts";

export interface SyncSettings {
  policy: HostPolicy;
  timeoutMs: number;
  attempts: number;
  backoffMs: number;
  concurrency: number;
  pageMonths: number;
  historyFrom: string;
  transport?: "GET" | "SOAP";
}

/**
 * The service fetches only the hosts MODERNGOV_HOSTS lists (none when unset);
 * the operator's command line has no limit unless the variable is set.
 */
export function syncSettings(config: Config, caller: "service" | "command-line"): SyncSettings {
  const listed = config.MODERNGOV_HOSTS;
  return {
    policy: { allowed: caller === "command-line" && listed.length === 0 ? null : listed },
    timeoutMs: config.MODERNGOV_TIMEOUT_MS,
    attempts: config.MODERNGOV_ATTEMPTS,
    backoffMs: config.MODERNGOV_BACKOFF_MS,
    concurrency: config.MODERNGOV_CONCURRENCY,
    pageMonths: config.MODERNGOV_PAGE_MONTHS,
    historyFrom: config.MODERNGOV_HISTORY_FROM,
  };
}
