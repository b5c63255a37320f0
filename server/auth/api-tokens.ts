import { createHash, randomBytes } from "node:crypto";

/** Marks our own tokens, so that they are never mistaken for JWTs (and secret scanners can spot them). */
export const API_TOKEN_PREFIX = "ggt_";

/** A new random token and the hash that is stored; the token itself is shown once and never kept. */
export function generateApiToken(): { token: string; hash: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token) };
}

/** SHA-256 is enough here: the token is 256 random bits, so there is nothing to brute-force. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeApiToken(credential: string): boolean {
  return credential.startsWith(API_TOKEN_PREFIX);
}
