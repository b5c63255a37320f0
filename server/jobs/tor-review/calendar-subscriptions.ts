/**
 * Secret subscription URLs for the calendar feed. Calendar clients send no
 * cookie and no Authorization header, so where reads need sign-in the feed's
 * URL carries a token of its own: random, stored only as its SHA-256, scoped to
 * one area, revocable, and worth nothing anywhere else in the API.
 */
import type { CalendarSubscriptionRecord } from "./rows.ts";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { QueryRunner } from "../../db/run-query.ts";
import { govError } from "../../errors.ts";
import type { AuthUser } from "../../graph/access.ts";
import { recordAudit } from "../../graph/audit.ts";

/** Marks calendar tokens so that nobody mistakes them for API tokens. */
const CALENDAR_TOKEN_PREFIX = "ggc_";


export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The feed's path for an area, with the token when there is one. */
export function calendarPath(areaId: string, token?: string): string {
  const query = new URLSearchParams({ area: areaId, ...(token ? { token } : {}) });
  return `/calendar/terms-of-reference.ics?${query.toString()}`;
}

export async function createCalendarSubscription(runner: QueryRunner, actor: AuthUser, areaId: string) {
  const token = `${CALENDAR_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const id = randomUUID();
  const subscription = await runner.writeTransaction(async (tx) => {
    const [row] = await tx.run("tor-review/create-calendar-subscription", {
      id,
      areaId,
      hash: hashCalendarToken(token),
      createdBy: actor.name,
    });
    if (!row) throw govError("GOV_NOT_FOUND", { kind: "area", id: areaId, path: ["areaId"] });
    await recordAudit(tx, actor, [{ action: "createCalendarSubscription", entityId: areaId, before: null, after: { subscriptionId: id, areaId } }]);
    return row.subscription;
  });
  return { token, path: calendarPath(areaId, token), subscription };
}

export async function revokeCalendarSubscription(runner: QueryRunner, actor: AuthUser, id: string): Promise<CalendarSubscriptionRecord> {
  return runner.writeTransaction(async (tx) => {
    const [row] = await tx.run("tor-review/revoke-calendar-subscription", {
      id,
      revokedBy: actor.name,
    });
    if (!row) throw govError("GOV_NOT_FOUND", { kind: "calendar subscription", id, path: ["id"] });
    if (!row.wasRevoked) {
      const after = { subscriptionId: id, areaId: row.subscription.areaId, revokedAt: row.subscription.revokedAt };
      await recordAudit(tx, actor, [{ action: "revokeCalendarSubscription", entityId: row.subscription.areaId, before: { subscriptionId: id }, after }]);
    }
    return row.subscription;
  });
}

export async function listCalendarSubscriptions(runner: QueryRunner, areaId: string | null): Promise<CalendarSubscriptionRecord[]> {
  const rows = await runner.read("tor-review/list-calendar-subscriptions", { areaId });
  return rows.map((row) => row.subscription);
}

/** The area a presented token opens, or null when it is unknown or revoked. */
export async function areaOfCalendarToken(runner: QueryRunner, token: string): Promise<string | null> {
  if (!token.startsWith(CALENDAR_TOKEN_PREFIX)) return null;
  const [row] = await runner.read("tor-review/find-calendar-subscription", { hash: hashCalendarToken(token) });
  return row?.subscription.areaId ?? null;
}
