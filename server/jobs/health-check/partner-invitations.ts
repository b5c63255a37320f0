/**
 * The editor's side of partner links: inviting partners to a round, a fresh
 * link as a reminder, revoking one, closing the round. Each is one write
 * transaction, audited. A link's token is returned once and kept only as a hash.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { QueryRunner, TransactionRunner } from "../../db/run-query.ts";
import { govError } from "../../errors.ts";
import type { AuthUser } from "../../graph/access.ts";
import { requireNodesInScope } from "../../graph/area-scope.ts";
import { recordAudit } from "../../graph/audit.ts";
import { today } from "../../graph/clock.ts";
import type { RoundSummary } from "./assessment-summary.ts";
import type { CloseRoundArgs, InvitePartnersArgs, RenewPartnerLinkArgs, RevokePartnerLinkArgs } from "./inputs.ts";
import { findBoard } from "./run-health-check.ts";
import { roundAfterWrite } from "./write-assessment.ts";

/** Where a partner's page lives; the token goes in the fragment, which browsers never send to a server. */
export const PARTNER_PAGE = "/partner.html";
const TOKEN_PREFIX = "gpl_";
/** A link lasts at most this long: long enough for a round, short enough that a forgotten one dies. */
export const PARTNER_LINK_MAX_DAYS = 90;

export function hashPartnerToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function newPartnerToken(): { token: string; hash: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashPartnerToken(token) };
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The link works until the end of its last day (UTC), which must be from today to PARTNER_LINK_MAX_DAYS ahead. */
function expiryOf(expiresOn: string): string {
  const now = today();
  if (expiresOn < now) throw govError("GOV_INPUT_INVALID", { detail: `expiresOn: ${expiresOn} is in the past`, path: ["expiresOn"] });
  const latest = addDays(now, PARTNER_LINK_MAX_DAYS);
  if (expiresOn > latest) {
    throw govError("GOV_INPUT_INVALID", { detail: `expiresOn: a link lasts at most ${PARTNER_LINK_MAX_DAYS} days (until ${latest})`, path: ["expiresOn"] });
  }
  return `${expiresOn}T23:59:59.999Z`;
}

/** The round, locked, in the caller's areas; refuses a closed round unless `closedToo` (withdrawing a link still works then). */
async function openRoundOf(tx: TransactionRunner, roundId: string, user: AuthUser, what: string, closedToo = false) {
  const [row] = await tx.run("health-check/lock-assessment-round", {
    roundId,
    partnerId: "",
  });
  if (!row?.roundId || !row.boardId) throw govError("GOV_NOT_FOUND", { kind: "self-assessment round", id: roundId, path: ["roundId"] });
  await requireNodesInScope(tx, user, [row.boardId], what);
  if (row.closedOn && !closedToo) throw govError("GOV_ROUND_CLOSED", { detail: `it closed on ${row.closedOn}; open a new round to ask again`, path: ["roundId"] });
  return { roundId: row.roundId, boardId: row.boardId };
}

async function issueLink(tx: TransactionRunner, roundId: string, partnerId: string, expiresAt: string, user: AuthUser) {
  const { token, hash } = newPartnerToken();
  const [row] = await tx.run("health-check/issue-partner-link", {
    roundId,
    partnerId,
    invitationId: `invitation-${randomUUID()}`,
    hash,
    expiresAt,
    issuedBy: user.name,
  });
  if (!row) throw govError("GOV_NOT_FOUND", { kind: "organisation", id: partnerId, path: ["partnerIds"] });
  // The audit names the act and the expiry, never the token or its hash.
  await recordAudit(tx, user, [{ action: "issuePartnerLink", entityId: row.invitationId, before: null, after: { roundId, partnerId, expiresAt } }]);
  return { invitationId: row.invitationId, linkPath: `${PARTNER_PAGE}#link=${token}` };
}

export interface IssuedLink {
  invitationId: string;
  linkPath: string;
  round: RoundSummary;
}

export function invitePartners(runner: QueryRunner, args: InvitePartnersArgs, user: AuthUser): Promise<IssuedLink[]> {
  return runner.writeTransaction(async (tx) => {
    const { roundId, boardId } = await openRoundOf(tx, args.roundId, user, `invitations to a self-assessment of "${args.roundId}"`);
    const expiresAt = expiryOf(args.expiresOn);
    const labels = await tx.run("health-check/find-entity-labels", { ids: args.partnerIds });
    args.partnerIds.forEach((partnerId, index) => {
      const label = labels.find((row) => row.id === partnerId)?.label ?? null;
      if (label === null) throw govError("GOV_NOT_FOUND", { kind: "organisation", id: partnerId, path: ["partnerIds", index] });
      if (label !== "Organisation") {
        throw govError("GOV_INPUT_INVALID", { detail: `partnerIds[${index}]: "${partnerId}" is a ${label}; a partner is an Organisation`, path: ["partnerIds", index] });
      }
    });
    const issued = [];
    for (const partnerId of args.partnerIds) issued.push(await issueLink(tx, roundId, partnerId, expiresAt, user));
    const round = await roundAfterWrite(tx, await findBoard(tx, boardId), roundId);
    return issued.map((link) => ({ ...link, round }));
  });
}

export function renewPartnerLink(runner: QueryRunner, args: RenewPartnerLinkArgs, user: AuthUser): Promise<IssuedLink> {
  return runner.writeTransaction(async (tx) => {
    const [found] = await tx.run("health-check/find-invitation", { invitationId: args.invitationId });
    if (!found) throw govError("GOV_NOT_FOUND", { kind: "partner invitation", id: args.invitationId, path: ["invitationId"] });
    const { roundId, boardId } = await openRoundOf(tx, found.roundId, user, `a partner link of "${found.roundId}"`);
    const link = await issueLink(tx, roundId, found.partnerId, expiryOf(args.expiresOn), user);
    return { ...link, round: await roundAfterWrite(tx, await findBoard(tx, boardId), roundId) };
  });
}

export function revokePartnerLink(runner: QueryRunner, args: RevokePartnerLinkArgs, user: AuthUser): Promise<{ invitationId: string; round: RoundSummary }> {
  return runner.writeTransaction(async (tx) => {
    const [found] = await tx.run("health-check/find-invitation", { invitationId: args.invitationId });
    if (!found) throw govError("GOV_NOT_FOUND", { kind: "partner invitation", id: args.invitationId, path: ["invitationId"] });
    const { boardId } = await openRoundOf(tx, found.roundId, user, `a partner link of "${found.roundId}"`, true);
    await tx.run("health-check/revoke-partner-link", { invitationId: args.invitationId });
    await recordAudit(tx, user, [{ action: "revokePartnerLink", entityId: args.invitationId, before: null, after: { roundId: found.roundId, partnerId: found.partnerId } }]);
    return { invitationId: args.invitationId, round: await roundAfterWrite(tx, await findBoard(tx, boardId), found.roundId) };
  });
}

export function closeRound(runner: QueryRunner, args: CloseRoundArgs, user: AuthUser): Promise<RoundSummary> {
  return runner.writeTransaction(async (tx) => {
    const { roundId, boardId } = await openRoundOf(tx, args.roundId, user, `closing a self-assessment of "${args.roundId}"`);
    const board = await findBoard(tx, boardId);
    const before = (await roundAfterWrite(tx, board, roundId)).openedOn;
    if (args.closedOn < before) {
      throw govError("GOV_DATE_ORDER_INVALID", { detail: `closedOn ${args.closedOn} is before the round opened (${before})`, path: ["closedOn"] });
    }
    await tx.run("health-check/close-assessment-round", { roundId, closedOn: args.closedOn });
    await recordAudit(tx, user, [{ action: "closeAssessmentRound", entityId: roundId, before: { closedOn: null }, after: { closedOn: args.closedOn } }]);
    return roundAfterWrite(tx, board, roundId);
  });
}
