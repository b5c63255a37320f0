
import type { TransactionRunner } from "../../db/run-query.ts";
import type { EntityRecord } from "../../domain/entity-record.ts";
import type { TermsOfReferenceDiscrepancyKind, TermsOfReferenceStatus } from "../../generated/graphql.ts";
import type { EdgeRecord } from "../../graph/relationship-record.ts";
import { type ReviewAssessment, reviewStatus } from "../../graph/review-status.ts";
import { termsFields } from "../../graph/terms-fields.ts";

export type PartyRole = "CHAIR" | "MEMBER" | "ACCOUNTABLE_TO";

export interface Party {
  id: string;
  entity: EntityRecord | null;
  inGraph: boolean;
  evidence: EdgeRecord[];
}

export interface Discrepancy {
  kind: TermsOfReferenceDiscrepancyKind;
  message: string;
  expectedRelationship: string;
  party: Party;
}

export interface BoardTermsItem extends ReviewAssessment {
  board: EntityRecord;
  asOf: string;
  termsOfReference: EntityRecord | null;
  chair: Party | null;
  requiredMembers: Party[];
  accountableTo: Party[];
  discrepancies: Discrepancy[];
  previousVersions: EntityRecord[];
}

export interface ReviewOptions {
  asOf: string;
  dueWithinDays: number;
  area: string | null;
  boardId: string | null;
}



const EXPECTED: Record<PartyRole, string> = { CHAIR: "CHAIRS", MEMBER: "MEMBER_OF", ACCOUNTABLE_TO: "ACCOUNTABLE_TO" };
const ROLE_WORDS: Record<PartyRole, string> = { CHAIR: "chair", MEMBER: "a required member", ACCOUNTABLE_TO: "the body it is accountable to" };

function discrepancyOf(role: PartyRole, party: Party, board: EntityRecord, asOf: string): Discrepancy | null {
  if (party.inGraph) return null;
  const expectedRelationship = EXPECTED[role];
  if (!party.entity) {
    const message = `The terms name "${party.id}" as ${ROLE_WORDS[role]}, but no entity with that id is in force on ${asOf}.`;
    return { kind: "UNKNOWN_REFERENCE", message, expectedRelationship, party };
  }
  const name = party.entity.name;
  if (role === "CHAIR") {
    const message = `The terms name ${name} as chair; the graph does not show them chairing ${board.name}.`;
    return { kind: "CHAIR_MISMATCH", message, expectedRelationship, party };
  }
  if (role === "MEMBER") {
    const message = `The terms require ${name} as a member; the graph shows no MEMBER_OF line to ${board.name} from them, their organisation or their post.`;
    return { kind: "REQUIRED_MEMBER_MISSING", message, expectedRelationship, party };
  }
  const weaker = [...new Set(party.evidence.map((edge) => edge.type))];
  const only = weaker.length > 0 ? ` (the graph links them only by ${weaker.join(", ")})` : "";
  const message = `The terms say ${board.name} is accountable to ${name}; the graph has no ACCOUNTABLE_TO line between them${only}.`;
  return { kind: "ACCOUNTABILITY_LINE_MISSING", message, expectedRelationship, party };
}

const URGENCY: Record<TermsOfReferenceStatus, number> = { OVERDUE: 0, MISSING: 1, DUE_SOON: 2, CURRENT: 3 };

/** Most urgent first, then the earliest review date, then by name. */
export function byUrgency(a: BoardTermsItem, b: BoardTermsItem): number {
  return (
    URGENCY[a.status] - URGENCY[b.status] ||
    (a.reviewDue ?? "9999").localeCompare(b.reviewDue ?? "9999") ||
    a.board.name.localeCompare(b.board.name)
  );
}

export async function reviewBoards(tx: TransactionRunner, options: ReviewOptions): Promise<BoardTermsItem[]> {
  const rows = await tx.run("tor-review/list-board-terms", { ...options });
  const named = rows.map((row) => ({ ...row, fields: row.terms ? termsFields(row.terms) : null }));

  const parties = named.flatMap(({ board, fields }) => {
    if (!fields) return [];
    const chair = fields.chairId ? [{ boardId: board.id, id: fields.chairId, role: "CHAIR" }] : [];
    const members = fields.requiredMemberIds.map((id) => ({ boardId: board.id, id, role: "MEMBER" }));
    const lines = fields.accountableToIds.map((id) => ({ boardId: board.id, id, role: "ACCOUNTABLE_TO" }));
    return [...chair, ...members, ...lines];
  });
  const checked = parties.length === 0 ? [] : await tx.run("tor-review/check-terms-parties", { asOf: options.asOf, parties });
  const partyOf = new Map(checked.map((row) => [`${row.boardId} ${row.role} ${row.id}`, row]));
  const lookup = (boardId: string, role: PartyRole, id: string): Party => {
    const row = partyOf.get(`${boardId} ${role} ${id}`);
    return { id, entity: row?.entity ?? null, inGraph: row?.inGraph ?? false, evidence: row?.evidence ?? [] };
  };

  return named.map(({ board, terms, previousVersions, fields }) => {
    const assessment = reviewStatus(fields, options.asOf, options.dueWithinDays);
    const chair = fields?.chairId ? lookup(board.id, "CHAIR", fields.chairId) : null;
    const requiredMembers = (fields?.requiredMemberIds ?? []).map((id) => lookup(board.id, "MEMBER", id));
    const accountableTo = (fields?.accountableToIds ?? []).map((id) => lookup(board.id, "ACCOUNTABLE_TO", id));
    const discrepancies = [
      ...(chair ? [discrepancyOf("CHAIR", chair, board, options.asOf)] : []),
      ...requiredMembers.map((party) => discrepancyOf("MEMBER", party, board, options.asOf)),
      ...accountableTo.map((party) => discrepancyOf("ACCOUNTABLE_TO", party, board, options.asOf)),
    ].filter((found): found is Discrepancy => found !== null);
    const versions = [...previousVersions].sort((a, b) => termsFields(b).version - termsFields(a).version);
    return { ...assessment, board, asOf: options.asOf, termsOfReference: terms, chair, requiredMembers, accountableTo, discrepancies, previousVersions: versions };
  });
}
