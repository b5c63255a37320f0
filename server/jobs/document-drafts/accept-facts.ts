/**
 * Accepting a draft's facts: every accepted fact is written in one transaction
 * through the same checks as every edit (the model's rule for the line, the
 * seed rules for nodes and lines, the audit log), each citing the draft's
 * document with its page or section and the quote. One bad fact and nothing is
 * written. Rejections are recorded so that the same document does not propose
 * them again.
 */
import type { GraphContext } from "../../context.ts";
import type { TransactionRunner } from "../../db/run-query.ts";
import type { NodeLabel, RelType } from "../../domain/model.ts";
import { searchTextFor } from "../../domain/search-text.ts";
import { govError } from "../../errors.ts";
import type { AuthUser } from "../../graph/access.ts";
import { type AuditChange, recordAudit } from "../../graph/audit.ts";
import { today } from "../../graph/clock.ts";
import { requireLineRules, requireNodeRules } from "../../graph/edit-rules.ts";
import { type Path, requireAllowedLine, resolveReferences } from "../../graph/references.ts";
import { encodeSources, NODE_CORE_KEYS, REL_CORE_KEYS, type Stored, toStoredParams } from "../../graph/stored-values.ts";
import { parseInput } from "../parse-input.ts";
import { requireDraftWriter } from "./draft-access.ts";
import { type DraftView, draftView, type StoredDraft, type StoredFact } from "./draft-record.ts";
import { nameKey } from "./extract/names.ts";
import { VALUE_KINDS, type FactKind } from "./extract/proposed-fact.ts";
import { AcceptDraftFactsArgs, DecideDraftKindArgs, type DraftFactDecision, RejectDraftFactsArgs } from "./inputs.ts";
import { compatible, matchNames } from "./match/match-draft-names.ts";

const ID_PREFIX: Partial<Record<NodeLabel, string>> = { Board: "board", Organisation: "org", Person: "person", Strategy: "strategy", Role: "role" };

/** The line each relationship kind writes: a vice-chair is a member in that role. */
const LINE_OF: Partial<Record<FactKind, RelType>> = {
  ACCOUNTABLE_TO: "ACCOUNTABLE_TO",
  REPORTS_TO: "REPORTS_TO",
  PART_OF: "PART_OF",
  CHAIRS: "CHAIRS",
  VICE_CHAIRS: "MEMBER_OF",
  MEMBER_OF: "MEMBER_OF",
  REPLACES: "REPLACES",
  LEADS: "LEADS",
  GOVERNED_THROUGH: "GOVERNED_THROUGH",
  OVERSEEN_BY: "OVERSEEN_BY",
};

const SECTION_MAX = 500;

/** The citation's section: where the words stand and the words themselves, as a reader would quote them. */
export function citationSection(fact: Pick<StoredFact, "page" | "section" | "quote">, pageCount: number): string {
  const where = [pageCount > 1 ? `p. ${fact.page}` : null, fact.section].filter(Boolean).join(", ");
  const quote = fact.quote.replace(/\s+/g, " ").trim();
  const room = SECTION_MAX - where.length - 6;
  const shown = quote.length > room ? `${quote.slice(0, room - 1)}…` : quote;
  return `${where || "text"}: “${shown}”`;
}

function slug(name: string): string {
  return nameKey(name).replace(/\s+/g, "-").slice(0, 60).replace(/-+$/, "") || "unnamed";
}

interface Resolved {
  id: string;
  label: string;
}

class Writer {
  readonly changes: AuditChange[] = [];
  private readonly created = new Map<string, Resolved>();

  constructor(
    readonly tx: TransactionRunner,
    readonly draft: StoredDraft,
    readonly documentDate: string,
  ) {}

  sourcesFor(fact: StoredFact, current: readonly string[] = []): string[] {
    const dates = new Map([[this.draft.documentFile, this.documentDate]]);
    return encodeSources(current, [{ document: this.draft.documentFile, section: citationSection(fact, this.draft.pageCount) }], dates);
  }

  /** The entity a name stands for: an id the editor gave, the draft's match, a match for a corrected name, or a new entity. */
  async entityFor(text: string, label: string, givenId: string | null | undefined, matchedId: string | null | undefined, fact: StoredFact, path: Path): Promise<Resolved> {
    if (givenId || matchedId) {
      const id = (givenId ?? matchedId) as string;
      const refs = await resolveReferences(this.tx, [id]);
      const found = refs.labelOf(id);
      if (!found) throw govError("GOV_NOT_FOUND", { kind: "node", id, path });
      return { id, label: found };
    }
    const remembered = this.created.get(`${label}|${nameKey(text)}`);
    if (remembered) return remembered;
    const matched = (await matchNames(this.tx, [{ text, label }])).get(`${label}|${text}`);
    if (matched && compatible(label, matched.label) && matched.score >= 1) return { id: matched.id, label: matched.label };
    return this.createEntity(text, label, fact, path);
  }

  private async createEntity(name: string, label: string, fact: StoredFact, path: Path): Promise<Resolved> {
    const prefix = ID_PREFIX[label as NodeLabel];
    if (!prefix) throw govError("GOV_INPUT_INVALID", { detail: `a new ${label} cannot be made from a draft`, path });
    let id = `${prefix}-${slug(name)}`;
    const refs = await resolveReferences(this.tx, [id, `${id}-2`, `${id}-3`, this.draft.areaId]);
    if (refs.labelOf(id)) id = refs.labelOf(`${id}-2`) ? `${id}-3` : `${id}-2`;
    const sources = this.sourcesFor(fact);
    const properties: Stored = {
      id,
      name,
      kind: null,
      aliases: [],
      searchText: searchTextFor(name, []),
      areaId: this.draft.areaId ?? null,
      validFrom: this.documentDate,
      sources,
      version: 1,
      statedOn: today(),
    };
    requireNodeRules(properties, label, refs.known([this.draft.areaId]), null, path);
    const areaLine: Stored = { validFrom: this.documentDate, sources, version: 1, statedOn: today() };
    const [row] = await this.tx.run("document-drafts/create-draft-entity", {
      id,
      label,
      properties: toStoredParams(properties, NODE_CORE_KEYS),
      areaLine: toStoredParams(areaLine, REL_CORE_KEYS),
    });
    if (!row?.created) throw govError("GOV_DUPLICATE", { detail: `a node with id "${id}"`, path });
    const { label: _label, ...after } = row.entity;
    this.changes.push({ action: "acceptDraftFact", entityId: id, before: null, after });
    if (this.draft.areaId) this.changes.push({ action: "acceptDraftFact", relationship: { type: "IN_AREA", from: id, to: this.draft.areaId }, before: null, after: areaLine });
    const resolved = { id, label };
    this.created.set(`${label}|${nameKey(name)}`, resolved);
    return resolved;
  }

  async writeLine(type: RelType, from: Resolved, to: Resolved, fact: StoredFact, role: string | null, path: Path): Promise<string> {
    requireAllowedLine(type, from, to, path);
    const key = { type, from: from.id, to: to.id };
    const [existing] = await this.tx.run("document-drafts/get-draft-lines", { lines: [key] });
    const properties: Stored = {
      validFrom: this.documentDate,
      description: role ? `${role} (${this.draft.title})` : null,
      sources: this.sourcesFor(fact),
      version: 1,
      statedOn: today(),
    };
    requireLineRules(key, properties, [from, to].flatMap((end) => (isLabel(end.label) ? [{ id: end.id, label: end.label }] : [])), null, path);
    const [row] = await this.tx.run("document-drafts/merge-draft-line", {
      ...key,
      properties: toStoredParams(properties, REL_CORE_KEYS),
      sources: this.sourcesFor(fact, existing?.sources ?? []),
    });
    if (!row) throw govError("GOV_NOT_FOUND", { kind: "node", id: `${from.id} or ${to.id}`, path });
    this.changes.push({ action: "acceptDraftFact", relationship: key, before: row.before, after: row.relationship });
    return `${type}:${from.id}->${to.id}`;
  }

  async writeValue(kind: FactKind, body: Resolved, value: string, fact: StoredFact, path: Path): Promise<string> {
    const [row] = await this.tx.run("document-drafts/get-draft-nodes", { ids: [body.id] });
    if (!row) throw govError("GOV_NOT_FOUND", { kind: "node", id: body.id, path });
    const { label, ...before } = row.entity;
    const after: Stored = { ...before };
    const property = valueProperty(kind, value);
    after[property.name] = property.value;
    after.sources = this.sourcesFor(fact, (before.sources as string[] | undefined) ?? []);
    after.version = Number(before.version ?? 1) + 1;
    after.statedOn = today();
    const knownArea = after.areaId ? [{ id: String(after.areaId), label: "Area" as const }] : [];
    requireNodeRules(after, String(label), knownArea, null, path);
    const [written] = await this.tx.run("document-drafts/set-draft-values", { id: body.id, properties: toStoredParams(after, NODE_CORE_KEYS) });
    const { label: _label, ...stored } = written?.entity ?? after;
    this.changes.push({ action: "acceptDraftFact", entityId: body.id, before, after: stored });
    return `${body.id}.${property.name}`;
  }
}

function isLabel(label: string): label is NodeLabel {
  return ["Area", "Board", "Organisation", "Person", "Role", "Strategy", "Priority", "Outcome", "Objective", "AreaOfFocus", "TermsOfReference", "HealthCheck"].includes(label);
}

/** Where a terms-of-reference value is kept on the body, and in what form. */
export function valueProperty(kind: FactKind, value: string): { name: string; value: string | number } {
  if (kind === "QUORUM") return /^\d+$/.test(value) ? { name: "quorum", value: Number(value) } : { name: "quorumNote", value };
  if (kind === "MEETING_FREQUENCY") return { name: "meetingFrequency", value };
  if (kind === "REVIEW") return /^\d{4}-\d{2}$/.test(value) ? { name: "reviewDue", value: `${value}-01` } : { name: "reviewNote", value };
  return { name: "established", value };
}

async function lockDraft(tx: TransactionRunner, draftId: string, factIds: readonly string[]): Promise<{ draft: StoredDraft; facts: StoredFact[] }> {
  const [row] = await tx.run("document-drafts/lock-draft", { id: draftId, factIds });
  if (!row) throw govError("GOV_NOT_FOUND", { kind: "draft", id: draftId, path: ["draftId"] });
  const view = draftView(row);
  return { draft: view, facts: view.allFacts };
}

function requireProposed(facts: readonly StoredFact[], factIds: readonly string[], path: (index: number) => Path): Map<string, StoredFact> {
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  factIds.forEach((id, index) => {
    const fact = byId.get(id);
    if (!fact) throw govError("GOV_NOT_FOUND", { kind: "draft fact", id, path: path(index) });
    if (fact.status !== "PROPOSED") {
      throw govError("GOV_DRAFT_DECIDED", { detail: `fact "${id}" was ${fact.status.toLowerCase()} by ${fact.decidedBy ?? "someone"} at ${fact.decidedAt ?? "an earlier time"}`, path: path(index) });
    }
  });
  return byId;
}

async function readDraft(tx: TransactionRunner, id: string): Promise<DraftView> {
  const [row] = await tx.run("document-drafts/get-draft", { id });
  if (!row) throw govError("GOV_NOT_FOUND", { kind: "draft", id });
  return draftView(row);
}

async function accept(tx: TransactionRunner, user: AuthUser | null | undefined, draftId: string, decisions: readonly DraftFactDecision[], pathOf: (index: number) => Path): Promise<DraftView> {
  const { draft, facts } = await lockDraft(tx, draftId, decisions.map((decision) => decision.factId));
  // The one call site where accepted facts are authorised (see draft-access.ts).
  const actor = await requireDraftWriter(tx, user, draft, "acceptDraftFacts");
  const byId = requireProposed(facts, decisions.map((decision) => decision.factId), (index) => [...pathOf(index), "factId"]);
  const documentDate = draft.date ?? today();
  await tx.run("document-drafts/merge-draft-document", { file: draft.documentFile, title: draft.title, date: documentDate, dateNote: draft.date ? null : "Uploaded as a draft without a date: dated the day its first fact was accepted." });
  const writer = new Writer(tx, draft, documentDate);
  const recorded: { id: string; status: string; written: string; edited: string | null }[] = [];
  for (const [index, decision] of decisions.entries()) {
    const fact = byId.get(decision.factId) as StoredFact;
    const kind = fact.kind as FactKind;
    const path = pathOf(index);
    const subjectText = decision.subject ?? fact.subject;
    const subject = await writer.entityFor(subjectText, fact.subjectLabel, decision.subjectId, decision.subject ? null : fact.subjectMatchId, fact, [...path, "subject"]);
    let written: string;
    if (VALUE_KINDS.has(kind)) {
      const value = decision.value ?? fact.value;
      if (!value) throw govError("GOV_INPUT_INVALID", { detail: `a ${kind} fact needs a value`, path: [...path, "value"] });
      written = await writer.writeValue(kind, subject, value, fact, [...path, "value"]);
    } else {
      const objectText = decision.object ?? fact.object;
      if (!objectText) throw govError("GOV_INPUT_INVALID", { detail: `a ${kind} fact needs an object`, path: [...path, "object"] });
      const object = await writer.entityFor(objectText, fact.objectLabel ?? "Board", decision.objectId, decision.object ? null : fact.objectMatchId, fact, [...path, "object"]);
      written = await writer.writeLine(LINE_OF[kind] as RelType, subject, object, fact, kind === "VICE_CHAIRS" ? "Vice-Chair" : null, path);
    }
    const edits = Object.fromEntries(Object.entries({ subject: decision.subject, subjectId: decision.subjectId, object: decision.object, objectId: decision.objectId, value: decision.value }).filter(([, value]) => value));
    recorded.push({ id: fact.id, status: "ACCEPTED", written, edited: Object.keys(edits).length > 0 ? JSON.stringify(edits) : null });
  }
  await recordAudit(tx, actor, writer.changes);
  await tx.run("document-drafts/record-draft-decisions", { id: draftId, actor: actor.name, actorId: actor.id, at: new Date().toISOString(), decisions: recorded });
  return readDraft(tx, draftId);
}

async function reject(tx: TransactionRunner, user: AuthUser | null | undefined, draftId: string, factIds: readonly string[]): Promise<DraftView> {
  const { draft, facts } = await lockDraft(tx, draftId, factIds);
  const actor = await requireDraftWriter(tx, user, draft, "rejectDraftFacts");
  requireProposed(facts, factIds, (index) => ["factIds", index]);
  await tx.run("document-drafts/record-draft-decisions", {
    id: draftId,
    actor: actor.name,
    actorId: actor.id,
    at: new Date().toISOString(),
    decisions: factIds.map((id) => ({ id, status: "REJECTED", written: null, edited: null })),
  });
  return readDraft(tx, draftId);
}

export async function acceptDraftFacts(args: unknown, { runner, user }: GraphContext): Promise<DraftView> {
  const { draftId, decisions } = parseInput(AcceptDraftFactsArgs, args);
  return runner.writeTransaction((tx) => accept(tx, user, draftId, decisions, (index) => ["decisions", index]));
}

export async function rejectDraftFacts(args: unknown, { runner, user }: GraphContext): Promise<DraftView> {
  const { draftId, factIds } = parseInput(RejectDraftFactsArgs, args);
  return runner.writeTransaction((tx) => reject(tx, user, draftId, factIds));
}

export async function decideDraftKind(args: unknown, { runner, user }: GraphContext): Promise<DraftView> {
  const { draftId, kind, accept: accepting } = parseInput(DecideDraftKindArgs, args);
  return runner.writeTransaction(async (tx) => {
    const current = await readDraft(tx, draftId);
    const ids = current.allFacts.filter((fact) => fact.kind === kind && fact.status === "PROPOSED").map((fact) => fact.id);
    if (ids.length === 0) return current;
    return accepting
      ? accept(tx, user, draftId, ids.map((factId) => ({ factId })), (index) => ["kind", index])
      : reject(tx, user, draftId, ids);
  });
}


