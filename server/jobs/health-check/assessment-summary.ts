/**
 * Per round and per principle: the mean, the spread and the standard
 * deviation of the partners' scores, who scored lowest and highest, whether
 * they disagree, and the change in mean from the round before.
 */
import { z } from "zod";
import { EntityRecord } from "../../domain/entity-record.ts";
import type { PartnershipPrinciple } from "../../generated/graphql.ts";
import { DISAGREEMENT_SPREAD, PRINCIPLES } from "./principles.ts";

const StoredResponse = z.object({
  id: z.string(),
  version: z.number(),
  recordedAt: z.string(),
  principles: z.array(z.string()),
  scores: z.array(z.number()),
  comments: z.array(z.string()),
});

const InvitationRow = z.object({
  invitation: z.object({
    id: z.string(),
    expiresAt: z.string(),
    issuedAt: z.string(),
    linksIssued: z.number(),
    openedAt: z.string().nullish(),
    draftSavedAt: z.string().nullish(),
    revokedAt: z.string().nullish(),
  }),
  partner: EntityRecord,
  submissions: z.number(),
  submittedAt: z.string().nullish(),
});

export const RoundRow = z.object({
  round: z.object({ id: z.string(), name: z.string(), openedOn: z.string(), createdAt: z.string(), closedOn: z.string().nullish() }),
  responses: z.array(
    z.object({ response: StoredResponse, partner: EntityRecord, partnerIsMember: z.boolean(), history: z.array(StoredResponse) }),
  ),
  // Absent in rows from before partners were invited by link (and in unit tests that build rows by hand).
  invitations: z.array(InvitationRow).default([]),
});

/** Where one invitation stands; what happened last wins, a revoked or expired link only while nothing was saved. */
export function invitationStatus(row: z.infer<typeof InvitationRow>, now: Date) {
  const { invitation } = row;
  if (invitation.revokedAt) return "REVOKED" as const;
  if (row.submissions > 0 && (!invitation.draftSavedAt || (row.submittedAt ?? "") >= invitation.draftSavedAt)) return "SUBMITTED" as const;
  if (invitation.draftSavedAt) return "DRAFT_SAVED" as const;
  if (invitation.openedAt) return "OPENED" as const;
  // Both are ISO strings in UTC, so they compare as text (Neo4j gives nine fraction digits).
  if (invitation.expiresAt < now.toISOString()) return "EXPIRED" as const;
  return "INVITED" as const;
}

function invitationOf(row: z.infer<typeof InvitationRow>, now: Date) {
  const { invitation } = row;
  return {
    id: invitation.id,
    partner: row.partner,
    status: invitationStatus(row, now),
    expiresAt: invitation.expiresAt,
    issuedAt: invitation.issuedAt,
    linksIssued: invitation.linksIssued,
    openedAt: invitation.openedAt ?? null,
    draftSavedAt: invitation.draftSavedAt ?? null,
    submittedAt: row.submittedAt ?? null,
    submissions: row.submissions,
  };
}
export type RoundRow = z.infer<typeof RoundRow>;

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Scores stored as parallel lists, read back as one entry per principle in the tool's order. */
function scoresOf(stored: z.infer<typeof StoredResponse>) {
  return PRINCIPLES.flatMap(({ principle }) => {
    const index = stored.principles.indexOf(principle);
    const score = stored.scores[index];
    if (index < 0 || score === undefined) return [];
    return [{ principle, score, comment: stored.comments[index] || null }];
  });
}

function responseOf(stored: z.infer<typeof StoredResponse>, partner: EntityRecord, partnerIsMember: boolean) {
  return { id: stored.id, version: stored.version, recordedAt: stored.recordedAt, partner, partnerIsMember, scores: scoresOf(stored) };
}

export interface PartnerScore {
  partner: EntityRecord;
  score: number;
  comment: string | null;
}

/** The statistics of one principle's scores; empty input gives nulls and no disagreement. */
export function summarisePrinciple(scores: PartnerScore[]) {
  if (scores.length === 0) {
    return { responses: 0, mean: null, min: null, max: null, spread: null, standardDeviation: null, lowestPartners: [], highestPartners: [], disagreement: false, scores: [] };
  }
  const values = scores.map((s) => s.score);
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const min = Math.min(...values);
  const max = Math.max(...values);
  // Population standard deviation: the partners who answered are the whole partnership asked.
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  const sorted = [...scores].sort((a, b) => a.score - b.score || a.partner.name.localeCompare(b.partner.name));
  return {
    responses: scores.length,
    mean: round2(mean),
    min,
    max,
    spread: max - min,
    standardDeviation: round2(Math.sqrt(variance)),
    lowestPartners: sorted.filter((s) => s.score === min).map((s) => s.partner),
    highestPartners: sorted.filter((s) => s.score === max).map((s) => s.partner),
    disagreement: max - min >= DISAGREEMENT_SPREAD,
    scores: sorted,
  };
}

/** Rounds newest first, as the query gives them; each is compared with the next older one. */
export function summariseRounds(rows: RoundRow[], board: EntityRecord) {
  const summaries = rows.map((row) => {
    const responses = row.responses.map(({ response, partner, partnerIsMember, history }) => ({
      ...responseOf(response, partner, partnerIsMember),
      history: [...history].sort((a, b) => b.version - a.version).map((old) => ({ ...responseOf(old, partner, partnerIsMember), history: [] })),
    }));
    const principles = PRINCIPLES.map(({ principle, number, title }) => {
      const scores = responses.flatMap((r) => r.scores.filter((s) => s.principle === principle).map((s) => ({ partner: r.partner, score: s.score, comment: s.comment })));
      return { principle, number, title, ...summarisePrinciple(scores) };
    });
    const now = new Date();
    return {
      ...row.round,
      closedOn: row.round.closedOn ?? null,
      board,
      disagreementSpread: DISAGREEMENT_SPREAD,
      responses,
      principles,
      invitations: row.invitations.map((invitation) => invitationOf(invitation, now)),
    };
  });
  return summaries.map((summary, index) => {
    const previous = summaries[index + 1];
    const meanBefore = (principle: PartnershipPrinciple) => previous?.principles.find((p) => p.principle === principle)?.mean ?? null;
    const principles = summary.principles.map((p) => {
      const previousMean = meanBefore(p.principle);
      return { ...p, previousMean, meanChange: p.mean !== null && previousMean !== null ? round2(p.mean - previousMean) : null };
    });
    return {
      ...summary,
      principles,
      disagreements: principles.filter((p) => p.disagreement).map((p) => p.principle),
      previousRoundId: previous?.id ?? null,
      previousRoundName: previous?.name ?? null,
    };
  });
}
export type RoundSummary = ReturnType<typeof summariseRounds>[number];
