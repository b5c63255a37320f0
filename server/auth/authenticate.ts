import type { JWTPayload } from "jose";
import type { Config } from "../config.ts";
import type { QueryRunner } from "../db/run-query.ts";
import { govError } from "../errors.ts";
import { ACCESS_ROLES, type AccessRole, type AuthUser, isAccessRole } from "../graph/access.ts";
import { hashApiToken, looksLikeApiToken } from "./api-tokens.ts";
import { createJwtVerifier } from "./verify-jwt.ts";

/** Turns an Authorization header into the caller: null when there is none. */
export type Authenticator = (authorization: string | null | undefined) => Promise<AuthUser | null>;

/** A dotted claim path ("realm_access.roles") so that providers that nest roles work too. */
function claimAt(payload: JWTPayload, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), payload);
}

/** The highest of our roles the claim names (a string or a list); a signed-in user without one is a viewer. */
export function roleFromClaim(claim: unknown): AccessRole {
  const values = (Array.isArray(claim) ? claim : [claim]).map((value) => String(value).toLowerCase());
  const known = ACCESS_ROLES.filter((role) => values.includes(role));
  return known.at(-1) ?? "viewer";
}

/**
 * Built once per app (the provider's keys are cached between requests). A
 * credential that is presented but not valid is refused outright rather than
 * treated as anonymous, so that a client never silently loses its rights.
 */
export function createAuthenticator({ config, runner }: { config: Config; runner: QueryRunner }): Authenticator {
  const verifyJwt = createJwtVerifier(config);
  const refuse = (detail: string) => govError("GOV_UNAUTHENTICATED", { detail });

  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw refuse('the Authorization header must be "Bearer <token>"');
    const credential = match[1];

    if (looksLikeApiToken(credential)) {
      const [row] = await runner.read("auth/find-api-token", {
        hash: hashApiToken(credential),
      });
      if (!row || !isAccessRole(row.token.role)) throw refuse("the API token is unknown or revoked");
      const user: AuthUser = { id: `token:${row.token.id}`, name: row.token.name, role: row.token.role, via: "token" };
      return row.token.areas ? { ...user, areas: row.token.areas } : user;
    }

    if (!verifyJwt) throw refuse("this service accepts API tokens only (no JWT issuer is configured)");
    let payload: JWTPayload;
    try {
      payload = await verifyJwt(credential);
    } catch (error) {
      throw refuse(`the JWT is not valid (${error instanceof Error ? error.message : String(error)})`);
    }
    // The subject is the caller's stable identity (the audit log's actor id): a number, an object or blanks would
    // record someone as "undefined", or let two people share one identity.
    const subject: unknown = payload.sub;
    if (typeof subject !== "string" || subject.trim() === "") {
      throw refuse("the JWT's sub (subject) claim must be a non-empty string");
    }
    return userFromClaims(payload, config, "jwt");
  };
}

/** The areas a claim names (an id or a list of ids); null when the claim is absent: the role is then not limited. */
export function areasFromClaim(claim: unknown): string[] | null {
  if (claim === undefined || claim === null) return null;
  const values = Array.isArray(claim) ? claim : [claim];
  return values.map((value) => String(value).trim()).filter(Boolean);
}

/** The caller a verified JWT or ID token names: the same claims give the same role and areas whichever way they came. */
export function userFromClaims(payload: JWTPayload, config: Pick<Config, "JWT_ROLE_CLAIM" | "JWT_AREA_CLAIM">, via: "jwt" | "session"): AuthUser {
  const name = [payload.name, payload.preferred_username, payload.sub].find((value) => typeof value === "string" && value.trim() !== "");
  const areas = areasFromClaim(claimAt(payload, config.JWT_AREA_CLAIM));
  const user: AuthUser = {
    id: `jwt:${payload.iss ?? ""}|${payload.sub}`,
    name: String(name),
    role: roleFromClaim(claimAt(payload, config.JWT_ROLE_CLAIM)),
    via,
  };
  return areas ? { ...user, areas } : user;
}
