import type { FastifyRequest } from "fastify";
import type { Plugin, YogaInitialContext } from "graphql-yoga";
import type { AuthUser } from "../graph/access.ts";
import type { Authenticator } from "../auth/authenticate.ts";
import { callerOf } from "../auth/request-caller.ts";
import type { SessionReader } from "../auth/session.ts";
import { govError } from "../errors.ts";

/** The header every request signed in by the session cookie must carry (any value): another site's page cannot set it. */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

/** Yoga answers with this HTTP status (and leaves `http` out of the error it sends). */
function withStatus<E extends { extensions: Record<string, unknown> }>(error: E, status: number): E {
  error.extensions.http = { status };
  return error;
}

export interface AuthenticationOptions {
  authenticate: Authenticator;
  /** Reads the sealed session cookie; absent when sessions are off. */
  readSession?: SessionReader;
  /** Refuse anonymous callers even for reads (REQUIRE_AUTH_FOR_READ). @default false */
  requireForRead?: boolean;
}

/**
 * Puts the caller (or null) into the context as `user`. Resolvers that write
 * check the role themselves (server/graph/access.ts), so that a refusal names
 * the field; this plugin only refuses bad credentials, and anonymous callers
 * when every request needs sign-in.
 *
 * An Authorization header wins over the cookie (scripts, no CSRF check). A
 * request the cookie signs in must carry the CSRF header, since the browser
 * adds the cookie to requests another site starts; an ended session is refused
 * (not treated as anonymous) so that the client can ask its user to sign in again.
 */
export function useAuthentication({
  authenticate,
  readSession,
  requireForRead = false,
}: AuthenticationOptions): Plugin<YogaInitialContext & { user?: AuthUser | null; req?: FastifyRequest }> {
  return {
    async onContextBuilding({ context, extendContext }) {
      const authorization = context.request.headers.get("authorization");
      let user: AuthUser | null = null;
      if (authorization || !readSession || !context.req) {
        // Served from fastify, the request may already be authenticated (the rate limit keys on the caller).
        const server = (context as { req?: unknown }).req;
        user = await (server && typeof server === "object" ? callerOf(server, authorization, authenticate) : authenticate(authorization));
      } else {
        const session = await readSession(context.req);
        if (session.kind !== "none" && !context.request.headers.has(CSRF_HEADER)) {
          throw withStatus(govError("GOV_CSRF_REQUIRED", { detail: "a request signed in by the session cookie must send it (any value)" }), 403);
        }
        if (session.kind === "ended") throw withStatus(govError("GOV_SESSION_EXPIRED", { detail: session.reason }), 401);
        if (session.kind === "live") user = session.user;
      }
      if (!user && requireForRead) {
        throw govError("GOV_UNAUTHENTICATED", { detail: "this service requires sign-in for every request" });
      }
      extendContext({ user });
    },
  };
}
