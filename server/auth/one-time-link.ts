import { createHash, randomBytes } from "node:crypto";
import type { QueryRunner } from "../db/run-query.ts";

/** How long the administrator's link printed at start works. */
export const ONE_TIME_LINK_LIFETIME_MS = 15 * 60_000;

/** The path the link opens; its last segment is the code. */
export const ONE_TIME_LINK_PATH = "/auth/one-time/";

export function hashOneTimeCode(code: string): string {
  return createHash("sha256").update(code, "utf8").digest("hex");
}

/**
 * Makes a new link's code and stores only its hash (in Neo4j, so that any
 * instance refuses a second use). The code is 256 random bits.
 */
export async function issueOneTimeLink(runner: QueryRunner, now: number = Date.now()): Promise<string> {
  const code = randomBytes(32).toString("base64url");
  await runner.write("auth/create-one-time-link", { hash: hashOneTimeCode(code), createdAt: now, expiresAt: now + ONE_TIME_LINK_LIFETIME_MS });
  return code;
}

export type OneTimeClaim = { ok: true } | { ok: false; reason: "unknown" | "used" | "expired" };

/** Uses the link once: the first claim within its lifetime succeeds, every later one fails, on every instance. */
export async function claimOneTimeLink(runner: QueryRunner, code: string, now: number): Promise<OneTimeClaim> {
  const [row] = await runner.write("auth/claim-one-time-link", { hash: hashOneTimeCode(code), now });
  if (!row) return { ok: false, reason: "unknown" };
  if (row.usedAt !== null && row.usedAt !== undefined) return { ok: false, reason: "used" };
  if (now > Number(row.expiresAt)) return { ok: false, reason: "expired" };
  return { ok: true };
}

/** A request from this machine: the socket's own address, never a forwarded header. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
  return plain === "::1" || /^127(\.\d{1,3}){3}$/.test(plain);
}
