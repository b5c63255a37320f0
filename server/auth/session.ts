import { hkdfSync } from "node:crypto";
import secureSession from "@fastify/secure-session";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { type Config, isLoopbackHost } from "../config.ts";
import type { QueryRunner } from "../db/run-query.ts";
import { type AuthUser, isAccessRole } from "../graph/access.ts";

/** The session cookie's name; the browser client never reads it (it is httpOnly). */
export const SESSION_COOKIE = "gov_session";

/** What the sealed cookie holds once signed in: the caller, and when the session began and was last used. */
export interface SessionUser {
  id: string;
  name: string;
  role: string;
  areas: string[] | null;
  /** Milliseconds since 1970: sign-in (absolute lifetime, and voiding by sign-out). */
  issuedAt: number;
  /** Milliseconds since 1970: the last request (idle lifetime). */
  seenAt: number;
}

/** A sign-in under way, between /auth/sign-in and /auth/callback. */
export interface SignInFlow {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
  startedAt: number;
}

/** A partner's page session, from a self-assessment link exchanged once: the invitation, and when. */
export interface PartnerSession {
  invitationId: string;
  /** Milliseconds since 1970: when the link was exchanged (PARTNER_SESSION_MAX_AGE counts from here). */
  issuedAt: number;
}

declare module "@fastify/secure-session" {
  interface SessionData {
    user: SessionUser;
    flow: SignInFlow;
    partner: PartnerSession;
  }
}

/** The 32-byte key secure-session seals with, derived from SESSION_SECRET (which is at least 32 characters). */
export function sessionKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "governance-graph", "session cookie", 32));
}

/** The cookie is Secure unless browsers reach the service on a loopback address over plain http. */
export function cookieIsSecure(config: Pick<Config, "PUBLIC_BASE_URL" | "HOST">): boolean {
  const host = config.PUBLIC_BASE_URL ? new URL(config.PUBLIC_BASE_URL).hostname : config.HOST;
  return !isLoopbackHost(host);
}

/** Registers the sealed, stateless session cookie (no server memory: any instance with the same secret reads it). */
export async function useSessionCookie(app: FastifyInstance, config: Config, secret: string): Promise<void> {
  await app.register(secureSession, {
    key: sessionKey(secret),
    cookieName: SESSION_COOKIE,
    // secure-session's own bound; the absolute and idle lifetimes are checked in readSession.
    expiry: Math.ceil(config.SESSION_MAX_AGE / 1000),
    cookie: { path: "/", httpOnly: true, sameSite: "lax", secure: cookieIsSecure(config) },
  });
}

/** What a request's cookie says: nobody, a live caller, or a session that has ended (and why). */
export type SessionState = { kind: "none" } | { kind: "live"; user: AuthUser } | { kind: "ended"; reason: string };

export interface SessionReaderOptions {
  config: Pick<Config, "SESSION_MAX_AGE" | "SESSION_IDLE">;
  runner: QueryRunner;
  now: () => number;
}

/** The user a sealed session names, as the rest of the service sees callers. */
function toAuthUser(session: SessionUser): AuthUser | undefined {
  if (!isAccessRole(session.role)) return undefined;
  const user: AuthUser = { id: session.id, name: session.name, role: session.role, via: "session" };
  return session.areas ? { ...user, areas: session.areas } : user;
}

/**
 * Reads the session a request carries and checks, in this order, its absolute
 * lifetime, its idle lifetime and (in Neo4j, so that every instance agrees)
 * whether its user signed out after it was issued. A live session's last use
 * is moved on, which re-seals the cookie; an ended one is cleared.
 */
export function createSessionReader({ config, runner, now }: SessionReaderOptions) {
  return async (request: FastifyRequest): Promise<SessionState> => {
    const session = request.session;
    const stored = session?.get("user");
    if (!session || !stored) return { kind: "none" };
    const at = now();
    const end = (reason: string): SessionState => {
      session.delete();
      return { kind: "ended", reason };
    };
    if (at - stored.issuedAt > config.SESSION_MAX_AGE) return end("it is older than its absolute lifetime (SESSION_MAX_AGE)");
    if (at - stored.seenAt > config.SESSION_IDLE) return end("it was idle for longer than SESSION_IDLE");
    const [voided] = await runner.read("auth/find-session-void", { userId: stored.id });
    if (voided && Number(voided.voidedAt) >= stored.issuedAt) return end("you signed out after it was issued");
    const user = toAuthUser(stored);
    if (!user) return end("it names no role of this service");
    session.set("user", { ...stored, seenAt: at });
    return { kind: "live", user };
  };
}
export type SessionReader = ReturnType<typeof createSessionReader>;
