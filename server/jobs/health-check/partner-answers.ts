/**
 * The partner's side of a self-assessment: a link exchanged once for a page
 * session, the questionnaire as that partner sees it, a draft, a submission.
 * A partner can reach their own answers in one round and nothing else; every
 * request re-reads the invitation, so a revoked link or a closed round stops a
 * page that is already open.
 */
import { randomUUID } from "node:crypto";
import type { QueryRunner, TransactionRunner } from "../../db/run-query.ts";
import { govError } from "../../errors.ts";
import type { AuthUser } from "../../graph/access.ts";
import { recordAudit } from "../../graph/audit.ts";
import type { PartnerAnswers } from "./inputs.ts";
import { hashPartnerToken } from "./partner-invitations.ts";
import { PRINCIPLES } from "./principles.ts";
import type { PartnerInvitationRow as InvitationRow } from "./rows.ts";
import { principleMeans, STATEMENTS } from "./statements.ts";


const refused = (detail: string) => govError("GOV_PARTNER_LINK_REFUSED", { detail });

/**
 * Exchanges a link's token for the invitation it opens. A link works once: the
 * page keeps a short-lived cookie instead, so the token can leave the address
 * bar and a forwarded or reused link opens nothing.
 */
export async function claimPartnerLink(runner: QueryRunner, token: string): Promise<string> {
  const row = await runner.writeTransaction(async (tx) => {
    const [claimed] = await tx.run(
      "health-check/claim-partner-link",
      { hash: hashPartnerToken(token) },
    );
    return claimed ?? null;
  });
  if (!row) throw refused("the link is not one this service issued; check it was copied whole");
  if (row.revoked) throw refused("the link was withdrawn; ask the person who sent it for a new one");
  if (row.replaced) throw refused("a newer link replaced this one; use the latest link you were sent");
  if (row.expired) throw refused("the link has expired; ask the person who sent it for a new one");
  if (row.alreadyUsed) throw refused("the link has already been used once; ask the person who sent it for a new one (your saved answers are kept)");
  return row.invitationId;
}

/** The acting partner, as the audit log names it: the link, not a person. */
export function partnerActor(row: Pick<InvitationRow, "invitation" | "partner">): AuthUser {
  return { id: `partner-link:${row.invitation.id}`, name: `${row.partner.name} (partner link)`, role: "viewer", via: "partner-link" };
}

async function readInvitation(tx: TransactionRunner, invitationId: string): Promise<InvitationRow> {
  const [row] = await tx.run("health-check/get-partner-invitation", { invitationId });
  if (!row) throw refused("the invitation no longer exists");
  if (row.invitation.revokedAt) throw refused("the link was withdrawn; ask the person who sent it for a new one");
  return row;
}

function answersOf(statementIds: string[] | null, scores: number[] | null) {
  return STATEMENTS.map(({ id }) => {
    const index = statementIds?.indexOf(id) ?? -1;
    const score = index >= 0 ? scores?.[index] : undefined;
    return { statementId: id, score: score && score > 0 ? score : null };
  });
}

function commentsOf(principles: string[] | null, comments: string[] | null) {
  return PRINCIPLES.map(({ principle }) => {
    const index = principles?.indexOf(principle) ?? -1;
    return { principle, comment: index >= 0 ? (comments?.[index] ?? "") : "" };
  });
}

/** What the partner's page shows: the round, the statements, and their answers (the draft over the last submission). */
export function questionnaireOf(row: InvitationRow) {
  const { invitation, submitted } = row;
  const fromDraft = invitation.draftSavedAt !== null;
  return {
    round: { name: row.round.name, openedOn: row.round.openedOn, closedOn: row.round.closedOn },
    board: row.board,
    partner: row.partner,
    principles: PRINCIPLES.map(({ principle, number, title }) => ({
      principle,
      number,
      title,
      statements: STATEMENTS.filter((s) => s.principle === principle).map(({ id, number: n, text }) => ({ id, number: n, text })),
    })),
    answers: fromDraft ? answersOf(invitation.draftStatementIds, invitation.draftScores) : answersOf(submitted?.statementIds ?? null, submitted?.statementScores ?? null),
    comments: fromDraft ? commentsOf(invitation.draftPrinciples, invitation.draftComments) : commentsOf(submitted?.principles ?? null, submitted?.comments ?? null),
    draftSavedAt: invitation.draftSavedAt,
    submitted: submitted ? { version: submitted.version, recordedAt: submitted.recordedAt } : null,
  };
}
export type Questionnaire = ReturnType<typeof questionnaireOf>;

export function readQuestionnaire(runner: QueryRunner, invitationId: string): Promise<Questionnaire> {
  return runner.readTransaction(async (tx) => questionnaireOf(await readInvitation(tx, invitationId)));
}

/** Stored as parallel lists: 0 stands for a statement not yet answered (Neo4j lists cannot hold null). */
function draftOf(answers: PartnerAnswers) {
  const byId = new Map(answers.answers.map((a) => [a.statementId, a.score]));
  const byPrinciple = new Map(answers.comments.map((c) => [c.principle, c.comment.trim()]));
  return {
    statementIds: STATEMENTS.map((s) => s.id),
    scores: STATEMENTS.map((s) => byId.get(s.id) ?? 0),
    principles: PRINCIPLES.map((p) => p.principle),
    comments: PRINCIPLES.map((p) => byPrinciple.get(p.principle) ?? ""),
  };
}

export type PartnerWriteOutcome = { kind: "saved"; questionnaire: Questionnaire } | { kind: "closed"; closedOn: string; questionnaire: Questionnaire };

/**
 * Saves the partner's answers as a draft. When the round has closed meanwhile
 * the answers are still kept (as the draft) and the outcome says so, so that
 * nothing the partner typed is lost.
 */
export function savePartnerDraft(runner: QueryRunner, invitationId: string, answers: PartnerAnswers): Promise<PartnerWriteOutcome> {
  return runner.writeTransaction(async (tx) => {
    const row = await readInvitation(tx, invitationId);
    const draft = draftOf(answers);
    await tx.run("health-check/save-partner-draft", { invitationId, draft });
    await recordAudit(tx, partnerActor(row), [{ action: "savePartnerDraft", entityId: invitationId, before: null, after: { roundId: row.round.id, ...draft } }]);
    const questionnaire = questionnaireOf(await readInvitation(tx, invitationId));
    return row.round.closedOn ? { kind: "closed", closedOn: row.round.closedOn, questionnaire } : { kind: "saved", questionnaire };
  });
}

/**
 * Submits the partner's answers: every statement scored. The principle scores
 * are the means of their statements. A later submission is a new version; the
 * earlier stays in history. On a closed round the answers are kept as a draft.
 */
export function submitPartnerAnswers(runner: QueryRunner, invitationId: string, answers: PartnerAnswers): Promise<PartnerWriteOutcome> {
  return runner.writeTransaction(async (tx) => {
    const row = await readInvitation(tx, invitationId);
    const draft = draftOf(answers);
    if (row.round.closedOn) {
      await tx.run("health-check/save-partner-draft", { invitationId, draft });
      await recordAudit(tx, partnerActor(row), [{ action: "savePartnerDraft", entityId: invitationId, before: null, after: { roundId: row.round.id, ...draft } }]);
      return { kind: "closed", closedOn: row.round.closedOn, questionnaire: questionnaireOf(await readInvitation(tx, invitationId)) };
    }
    const missing = STATEMENTS.filter((_, index) => draft.scores[index] === 0);
    if (missing.length > 0) {
      const first = STATEMENTS.indexOf(missing[0]!);
      throw govError("GOV_INPUT_INVALID", {
        detail: `answers: score every statement before submitting; ${missing.length} not answered (first: ${missing[0]!.id})`,
        path: ["answers", first, "score"],
      });
    }
    const scores = new Map(STATEMENTS.map((s, index) => [s.id, draft.scores[index]!]));
    const means = principleMeans(scores);
    const response = {
      id: `response-${randomUUID()}`,
      principles: means.map((m) => m.principle),
      scores: means.map((m) => m.score),
      comments: draft.comments,
      recordedBy: partnerActor(row).name,
      statementIds: draft.statementIds,
      statementScores: draft.scores,
      viaInvitation: invitationId,
    };
    const [written] = await tx.run("health-check/record-assessment-response", {
      roundId: row.round.id,
      partnerId: row.partner.id,
      response,
    });
    await tx.run("health-check/clear-partner-draft", { invitationId });
    await recordAudit(tx, partnerActor(row), [
      { action: "submitPartnerAnswers", entityId: response.id, before: written?.replaced ?? null, after: { ...response, roundId: row.round.id, partnerId: row.partner.id, version: written?.version ?? null } },
    ]);
    return { kind: "saved", questionnaire: questionnaireOf(await readInvitation(tx, invitationId)) };
  });
}
