
import type { AuthUser } from "../../graph/access.ts";
import type { QueryRunner, TransactionRunner } from "../../db/run-query.ts";
import { type EntityRecord, encodeSource } from "../../domain/entity-record.ts";
import { searchTextFor } from "../../domain/search-text.ts";
import { govError } from "../../errors.ts";
import { recordAudit } from "../../graph/audit.ts";
import { requireNodesInScope } from "../../graph/area-scope.ts";
import { today } from "../../graph/clock.ts";
import type { RecordTermsArgs, ReviseTermsArgs, TermsOfReferenceInput } from "./inputs.ts";
import { type BoardTermsItem, reviewBoards } from "./review-boards.ts";
import { DEFAULT_DUE_WITHIN_DAYS } from "../../graph/review-status.ts";
import { type TermsFields, termsFields } from "../../graph/terms-fields.ts";

/** The labels each id field of the input may name. */
const ALLOWED_LABELS = {
  chairId: ["Person", "Role"],
  requiredMemberIds: ["Organisation", "Role", "Person", "Board"],
  accountableToIds: ["Board", "Organisation"],
} as const;

type Terms = Omit<TermsFields, "version">;

/** Every id the input names, with its path, checked against the graph in the open transaction. */
async function checkIds(tx: TransactionRunner, input: TermsOfReferenceInput, boardId: string): Promise<void> {
  const named: { id: string; path: (string | number)[]; allowed: readonly string[] }[] = [];
  if (input.chairId) named.push({ id: input.chairId, path: ["input", "chairId"], allowed: ALLOWED_LABELS.chairId });
  for (const field of ["requiredMemberIds", "accountableToIds"] as const) {
    (input[field] ?? []).forEach((id, index) => {
      named.push({ id, path: ["input", field, index], allowed: ALLOWED_LABELS[field] });
    });
  }
  if (named.length === 0) return;
  const rows = await tx.run("tor-review/find-entity-labels", { ids: named.map((n) => n.id) });
  const labelOf = new Map(rows.map((row) => [row.id, row.label]));
  for (const { id, path, allowed } of named) {
    const label = labelOf.get(id) ?? null;
    if (label === null) throw govError("GOV_NOT_FOUND", { kind: "entity", id, path });
    if (!allowed.includes(label)) {
      throw govError("GOV_INPUT_INVALID", { detail: `${path.join(".")}: "${id}" is a ${label}, not a ${allowed.join(" or ")}`, path });
    }
    if (id === boardId && path[1] !== "chairId") {
      throw govError("GOV_INPUT_INVALID", { detail: `${path.join(".")}: a board cannot be its own member or answer to itself`, path });
    }
  }
}

/** The input over the version it revises: left out keeps, null clears. */
function mergeTerms(previous: Terms, input: TermsOfReferenceInput): Terms {
  const merged = { ...previous };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    (merged as Record<string, unknown>)[key] = value ?? (key.endsWith("Ids") ? [] : null);
  }
  return merged;
}

function emptyTerms(): Terms {
  return {
    purpose: null, chairId: null, requiredMemberIds: [], membershipText: null, quorum: null,
    meetingFrequency: null, accountableToIds: [], adoptedOn: null, reviewDue: null, statusNote: null,
  };
}

/** Who writes, and what the audit log keeps of the version being replaced. */
interface Change {
  user: AuthUser;
  action: "recordTermsOfReference" | "reviseTermsOfReference";
  before: Record<string, unknown> | null;
}

async function writeVersion(
  tx: TransactionRunner,
  board: EntityRecord,
  terms: Terms,
  version: number,
  validFrom: string,
  replacesId: string | null,
  change: Change,
): Promise<BoardTermsItem> {
  const name = `Terms of reference of ${board.name} (version ${version})`;
  const id = `tor-${board.id.replace(/^board-/, "")}-v${version}`;
  await tx.run("tor-review/create-terms-of-reference", {
    boardId: board.id,
    replacesId,
    source: encodeSource({ document: "entered by user", section: "terms of reference", date: today() }),
    terms: {
      id,
      name,
      searchText: searchTextFor(name, []),
      areaId: board.areaId ?? null,
      validFrom,
      version,
      purpose: terms.purpose,
      chair: terms.chairId,
      membership: terms.requiredMemberIds,
      membershipText: terms.membershipText,
      quorum: terms.quorum,
      meetingFrequency: terms.meetingFrequency,
      accountableTo: terms.accountableToIds,
      adoptedOn: terms.adoptedOn,
      reviewDue: terms.reviewDue,
      status: terms.statusNote,
    },
  });
  const after = { id, boardId: board.id, version, validFrom, replaces: replacesId, ...terms };
  await recordAudit(tx, change.user, [{ action: change.action, entityId: id, before: change.before, after }]);
  // Answer as of today, or as of adoption when the terms come into force later.
  const asOf = validFrom > today() ? validFrom : today();
  const [item] = await reviewBoards(tx, { asOf, dueWithinDays: DEFAULT_DUE_WITHIN_DAYS, area: null, boardId: board.id });
  if (!item) throw new Error(`Board ${board.id} vanished inside its own transaction`);
  return item;
}


export function recordTerms(runner: QueryRunner, { boardId, input }: RecordTermsArgs, user: AuthUser): Promise<BoardTermsItem> {
  return runner.writeTransaction(async (tx) => {
    const [row] = await tx.run("tor-review/get-board-for-terms", { boardId });
    if (!row) throw govError("GOV_NOT_FOUND", { kind: "board", id: boardId, path: ["boardId"] });
    const { board, openTerms, highestVersion } = row;
    await requireNodesInScope(tx, user, [board.id], `the terms of reference of "${board.id}"`);
    const open = openTerms[0];
    if (open) {
      throw govError("GOV_CONFLICT", {
        detail: `${board.name} already has terms of reference ${open.id} (version ${open.version}): revise them with reviseTermsOfReference`,
        path: ["boardId"],
        currentId: open.id,
      });
    }
    await checkIds(tx, input, board.id);
    const terms = mergeTerms(emptyTerms(), input);
    const change = { user, action: "recordTermsOfReference", before: null } as const;
    return writeVersion(tx, board, terms, highestVersion + 1, terms.adoptedOn ?? today(), null, change);
  });
}


export function reviseTerms(runner: QueryRunner, { id, input, expectedVersion }: ReviseTermsArgs, user: AuthUser): Promise<BoardTermsItem> {
  return runner.writeTransaction(async (tx) => {
    const [row] = await tx.run("tor-review/get-terms-for-revision", { id });
    if (!row) throw govError("GOV_NOT_FOUND", { kind: "terms of reference", id, path: ["id"] });
    const { terms, board, replacedBy } = row;
    if (!board) throw govError("GOV_CONFLICT", { detail: `Terms of reference ${id} belong to no board`, path: ["id"] });
    await requireNodesInScope(tx, user, [board.id], `the terms of reference of "${board.id}"`);
    const { version, ...previous } = termsFields(terms);
    const newer = replacedBy[0];
    if (newer || terms.validTo) {
      const detail = newer ? `${id} was replaced by ${newer.id} (version ${newer.version}): revise that` : `${id} ended on ${terms.validTo}`;
      throw govError("GOV_CONFLICT", { detail, path: ["id"] });
    }
    if (expectedVersion != null && expectedVersion !== version) {
      throw govError("GOV_CONFLICT", {
        detail: `${id} is at version ${version}, not ${expectedVersion}: someone revised it meanwhile`,
        path: ["expectedVersion"],
        currentVersion: version,
      });
    }
    const merged = mergeTerms(previous, input);
    if (merged.adoptedOn && merged.reviewDue && merged.reviewDue < merged.adoptedOn) {
      const path = input.reviewDue !== undefined ? ["input", "reviewDue"] : ["input", "adoptedOn"];
      throw govError("GOV_INPUT_INVALID", { detail: `${path.join(".")}: review date ${merged.reviewDue} is before adoption on ${merged.adoptedOn}`, path });
    }
    const validFrom = input.adoptedOn ?? today();
    if (terms.validFrom && validFrom < terms.validFrom) {
      throw govError("GOV_INPUT_INVALID", {
        detail: `input.adoptedOn: the revision cannot come into force (${validFrom}) before the version it replaces (${terms.validFrom})`,
        path: ["input", "adoptedOn"],
      });
    }
    await checkIds(tx, input, board.id);
    const before = { id, boardId: board.id, version, validFrom: terms.validFrom, ...previous };
    return writeVersion(tx, board, merged, version + 1, validFrom, id, { user, action: "reviseTermsOfReference", before });
  });
}
