import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Authenticator } from "../auth/authenticate.ts";
import { callerOf } from "../auth/request-caller.ts";
import type { Config } from "../config.ts";
import { messageOf } from "../errors.ts";
import type { AuthUser } from "../graph/access.ts";
import { codedHttpError } from "./use-json-errors.ts";

type RateLimitConfig = Pick<Config, "RATE_LIMIT_MAX" | "RATE_LIMIT_WINDOW_MS" | "RATE_LIMIT_EXEMPT">;

async function callerFor(request: FastifyRequest, authenticate: Authenticator): Promise<AuthUser | null> {
  // A credential that does not authenticate counts against the address it came from; GraphQL refuses it later.
  return callerOf(request, request.headers.authorization, authenticate).catch(() => null);
}

/** Whether a token is named in RATE_LIMIT_EXEMPT, by its name or by its id (with or without the `token:` prefix). */
export function isExempt(user: AuthUser | null, exempt: readonly string[]): boolean {
  if (user?.via !== "token" || exempt.length === 0) return false;
  const id = user.id.replace(/^token:/, "");
  return exempt.includes(user.name) || exempt.includes(id) || exempt.includes(user.id);
}

/**
 * Per-client rate limits on /graphql (@fastify/rate-limit): each signed-in
 * user or API token has its own allowance, anonymous callers one per address
 * (behind TRUST_PROXY, the client's address as the proxy reports it). A
 * refusal is 429 with Retry-After and a JSON body with GOV_RATE_LIMITED.
 * Tokens named in RATE_LIMIT_EXEMPT (the bench's, a trusted batch job) are never refused.
 */
export async function useRateLimit(app: FastifyInstance, config: RateLimitConfig, authenticate: Authenticator, graphqlPath = "/graphql"): Promise<void> {
  const limited = (request: FastifyRequest) => request.url.split("?")[0] === graphqlPath;
  await app.register(fastifyRateLimit, {
    global: true,
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    async keyGenerator(request) {
      const user = limited(request) ? await callerFor(request, authenticate) : null;
      return user ? `user:${user.id}` : `address:${request.ip}`;
    },
    async allowList(request) {
      if (!limited(request)) return true;
      return isExempt(await callerFor(request, authenticate), config.RATE_LIMIT_EXEMPT);
    },
    errorResponseBuilder(_request, context) {
      const detail = `at most ${context.max} requests in ${Math.round(config.RATE_LIMIT_WINDOW_MS / 1000)} s per client; try again in ${context.after}`;
      return codedHttpError(429, "GOV_RATE_LIMITED", messageOf("GOV_RATE_LIMITED", { detail }));
    },
  });
}
