import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config.ts";

/** The file in NEO4J_HOME that keeps the embedded default's generated secret across restarts. */
export const SESSION_SECRET_FILE = "session-secret";

/**
 * The secret that seals session cookies: SESSION_SECRET when set. On the
 * embedded default (no NEO4J_URI) without one, a random secret is made once
 * and kept, readable by its owner only, beside the local database, so that a
 * restart does not sign everyone out. Undefined otherwise: sessions are then off.
 */
export function resolveSessionSecret(config: Pick<Config, "SESSION_SECRET" | "NEO4J_URI" | "NEO4J_HOME">): string | undefined {
  if (config.SESSION_SECRET) return config.SESSION_SECRET;
  if (config.NEO4J_URI) return undefined;
  const file = join(config.NEO4J_HOME, SESSION_SECRET_FILE);
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
  }
  mkdirSync(config.NEO4J_HOME, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
