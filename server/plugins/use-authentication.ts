import type { Plugin, YogaInitialContext } from "graphql-yoga";
import type { AuthUser } from "../graph/access.ts";
import type { Authenticator } from "../auth/authenticate.ts";
import { callerOf } from "../auth/request-caller.ts";
import { govError } from "../errors.ts";

export interface AuthenticationOptions {
  authenticate: Authenticator;
  /** Refuse anonymous callers even for reads (REQUIRE_AUTH_FOR_READ). @default false */
  requireForRead?: boolean;
}

/**
 * Puts the caller (or null) into the context as `user`. Resolvers that write
 * check the role themselves (server/graph/access.ts), so that a refusal names
 * the field; this plugin only refuses bad credentials, and anonymous callers
 * when every request needs sign-in.
 */
export function useAuthentication({ authenticate, requireForRead = false }: AuthenticationOptions): Plugin<YogaInitialContext & { user?: AuthUser | null }> {
  return {
    async onContextBuilding({ context, extendContext }) {
      const authorization = context.request.headers.get("authorization");
      // Served from fastify, the request may already be authenticated (the rate limit keys on the caller).
      const server = (context as { req?: unknown }).req;
      const user = await (server && typeof server === "object" ? callerOf(server, authorization, authenticate) : authenticate(authorization));
      if (!user && requireForRead) {
        throw govError("GOV_UNAUTHENTICATED", { detail: "this service requires sign-in for every request" });
      }
      extendContext({ user });
    },
  };
}
