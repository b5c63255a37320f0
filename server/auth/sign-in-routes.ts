import type { FastifyInstance, FastifyRequest } from "fastify";
import * as oidc from "openid-client";
import type { Config } from "../config.ts";
import { isLoopbackHost } from "../config.ts";
import type { QueryRunner } from "../db/run-query.ts";
import { refuseSignIn, wantsPage } from "./answer.ts";
import { userFromClaims } from "./authenticate.ts";
import { claimOneTimeLink, isLoopbackAddress, ONE_TIME_LINK_PATH } from "./one-time-link.ts";
import type { SessionUser } from "./session.ts";

export interface SignInRoutesOptions {
  config: Config;
  runner: QueryRunner;
  now: () => number;
  /** False when no session secret is available: every route then says sign-in is not set up. */
  sessions: boolean;
}

/** How long the trip to the identity provider and back may take. */
const SIGN_IN_FLOW_LIFETIME_MS = 10 * 60_000;

/** Who the one-time link signs in; the audit log shows this name. */
export const LOCAL_ADMINISTRATOR = { id: "local:administrator", name: "Administrator (one-time link)", role: "admin" } as const;

/**
 * Where to go after sign-in: a path on this site only ("/", "/?node=x"), never
 * another origin ("//evil.example", "/\\evil.example", "https://..."), so the
 * sign-in cannot be used to send someone elsewhere.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  const url = new URL(value, "http://same.origin");
  return url.origin === "http://same.origin" ? `${url.pathname}${url.search}${url.hash}` : "/";
}

/** The provider's configuration, discovered on first use and kept; a failed discovery is tried again next time. */
function providerConfiguration(config: Config): () => Promise<oidc.Configuration> {
  let discovered: Promise<oidc.Configuration> | undefined;
  return () => {
    if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID) return Promise.reject(new Error("OIDC_ISSUER is not set"));
    const issuer = new URL(config.OIDC_ISSUER);
    // Plain http is accepted by the configuration check only for a provider on this machine (tests, development).
    const options = issuer.protocol === "http:" && isLoopbackHost(issuer.hostname) ? { execute: [oidc.allowInsecureRequests] } : undefined;
    const authentication = config.OIDC_CLIENT_SECRET ? oidc.ClientSecretBasic(config.OIDC_CLIENT_SECRET) : oidc.None();
    discovered ??= oidc.discovery(issuer, config.OIDC_CLIENT_ID, config.OIDC_CLIENT_SECRET, authentication, options).catch((error: unknown) => {
      discovered = undefined;
      throw error;
    });
    return discovered;
  };
}

/** openid-client's message, with the underlying check that failed (a state mismatch, a bad signature ...). */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const inner = error.cause as { message?: unknown } | undefined;
  const cause = typeof inner?.message === "string" ? inner.message : undefined;
  return cause && cause !== error.message ? `${error.message}: ${cause}` : error.message;
}

/**
 * The sign-in routes (the browser client links to them):
 * GET /auth/sign-in?returnTo=/path, GET /auth/callback, POST /auth/sign-out,
 * GET /auth/one-time/<code>. The session they make is sealed in the cookie
 * (server/auth/session.ts); nothing is kept in memory.
 */
export function registerSignInRoutes(app: FastifyInstance, { config, runner, now, sessions }: SignInRoutesOptions): void {
  const provider = providerConfiguration(config);
  const redirectUri = `${config.PUBLIC_BASE_URL ?? ""}/auth/callback`;

  const startSession = (request: FastifyRequest, user: Omit<SessionUser, "issuedAt" | "seenAt">) => {
    const at = now();
    request.session.set("flow", undefined);
    request.session.set("user", { ...user, issuedAt: at, seenAt: at });
  };

  app.get("/auth/sign-in", async (request, reply) => {
    if (!sessions || !config.OIDC_ISSUER) {
      return refuseSignIn(request, reply, 404, "GOV_SIGN_IN_NOT_CONFIGURED", "no identity provider is configured (OIDC_ISSUER)");
    }
    let configuration: oidc.Configuration;
    try {
      configuration = await provider();
    } catch (error) {
      request.log.warn({ err: error }, "the identity provider could not be reached");
      return refuseSignIn(request, reply, 502, "GOV_SIGN_IN_FAILED", `the identity provider could not be reached (${reasonOf(error)})`);
    }
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const flow = {
      codeVerifier,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      returnTo: safeReturnTo((request.query as Record<string, unknown>).returnTo),
      startedAt: now(),
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: config.OIDC_SCOPES,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state: flow.state,
      nonce: flow.nonce,
    });
    request.session.set("flow", flow);
    return reply.header("cache-control", "no-store").redirect(url.href, 302);
  });

  app.get("/auth/callback", async (request, reply) => {
    if (!sessions || !config.OIDC_ISSUER) {
      return refuseSignIn(request, reply, 404, "GOV_SIGN_IN_NOT_CONFIGURED", "no identity provider is configured (OIDC_ISSUER)");
    }
    const flow = request.session.get("flow");
    const failed = (reason: string, status = 400) => refuseSignIn(request, reply, status, "GOV_SIGN_IN_FAILED", reason);
    if (!flow) return failed("no sign-in was started in this browser (or its cookie was lost); start again from the sign-in link");
    if (now() - flow.startedAt > SIGN_IN_FLOW_LIFETIME_MS) return failed("the sign-in took longer than 10 minutes; start again");
    try {
      const configuration = await provider();
      const current = new URL(request.url, config.PUBLIC_BASE_URL);
      const tokens = await oidc.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) return failed("the identity provider sent no ID token");
      const user = userFromClaims(claims, config, "session");
      startSession(request, { id: user.id, name: user.name, role: user.role, areas: user.areas ? [...user.areas] : null });
      request.log.info({ user: user.id, role: user.role }, "signed in");
      return reply.header("cache-control", "no-store").redirect(flow.returnTo, 303);
    } catch (error) {
      request.log.warn({ err: error }, "sign-in failed at the callback");
      request.session.set("flow", undefined);
      return failed(reasonOf(error));
    }
  });

  app.post("/auth/sign-out", async (request, reply) => {
    // The cookie is SameSite=Lax, so another site's form cannot sign someone out with it.
    const user = sessions ? request.session.get("user") : undefined;
    if (user) await runner.write("auth/record-session-void", { userId: user.id, voidedAt: now() });
    if (sessions) request.session.delete();
    reply.header("cache-control", "no-store");
    // A form posted by a browser is sent on to the diagram; fetch and scripts get 204.
    return wantsPage(request) ? reply.redirect("/", 303) : reply.status(204).send();
  });

  app.get<{ Params: { code: string } }>(`${ONE_TIME_LINK_PATH}:code`, async (request, reply) => {
    const refuse = (status: number, detail: string) => refuseSignIn(request, reply, status, "GOV_ONE_TIME_LINK_REFUSED", detail);
    if (!sessions) return refuse(404, "sessions are off on this service (no SESSION_SECRET)");
    // The socket's own address: fastify trusts no forwarding header here (trustProxy is off).
    if (!isLoopbackAddress(request.socket.remoteAddress ?? request.ip)) {
      return refuse(403, "it works only in a browser on the machine the service runs on (a loopback address)");
    }
    const claim = await claimOneTimeLink(runner, request.params.code, now());
    if (!claim.ok) {
      const why = { unknown: "it is not a link this service issued", used: "it has already been used once", expired: "it is older than 15 minutes" }[claim.reason];
      return refuse(403, `${why}; restart the service for a new one`);
    }
    startSession(request, { ...LOCAL_ADMINISTRATOR, areas: null });
    request.log.info({ user: LOCAL_ADMINISTRATOR.id }, "signed in with the one-time link");
    return reply.header("cache-control", "no-store").redirect("/", 303);
  });
}

