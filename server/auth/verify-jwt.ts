import { createRemoteJWKSet, decodeProtectedHeader, type JWTPayload, type JWTVerifyOptions, jwtVerify } from "jose";
import type { Config } from "../config.ts";

type JwtConfig = Pick<Config, "JWT_SECRET" | "JWT_JWKS_URL" | "JWT_ISSUER" | "JWT_AUDIENCE">;

/** Verifies a JWT's signature and claims; resolves to its payload or rejects with jose's reason. */
export type JwtVerifier = (token: string) => Promise<JWTPayload>;

/** Asymmetric only: a provider's key set must never be usable as an HMAC secret (algorithm confusion). */
const PROVIDER_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/**
 * Trusts tokens from an identity provider (JWT_JWKS_URL, keys fetched and cached by
 * jose) and tokens signed with the local JWT_SECRET (HS256), choosing by the
 * token's `alg`. Undefined when neither is configured: then only API tokens work.
 */
export function createJwtVerifier(config: JwtConfig): JwtVerifier | undefined {
  const claims: JWTVerifyOptions = {
    ...(config.JWT_ISSUER ? { issuer: config.JWT_ISSUER } : {}),
    ...(config.JWT_AUDIENCE ? { audience: config.JWT_AUDIENCE } : {}),
    // A token that never expires cannot be taken back.
    requiredClaims: ["exp", "sub"],
    clockTolerance: 30,
  };
  const keySet = config.JWT_JWKS_URL ? createRemoteJWKSet(new URL(config.JWT_JWKS_URL)) : undefined;
  const secret = config.JWT_SECRET ? new TextEncoder().encode(config.JWT_SECRET) : undefined;
  if (!keySet && !secret) return undefined;

  return async (token) => {
    const { alg } = decodeProtectedHeader(token);
    if (alg === "HS256" && secret) {
      return (await jwtVerify(token, secret, { ...claims, algorithms: ["HS256"] })).payload;
    }
    if (keySet && alg && PROVIDER_ALGORITHMS.includes(alg)) {
      return (await jwtVerify(token, keySet, { ...claims, algorithms: PROVIDER_ALGORITHMS })).payload;
    }
    throw new Error(`tokens signed with ${alg ?? "no algorithm"} are not accepted here`);
  };
}
