import { requireRole } from "../../graph/access.ts";
import type { GraphContext } from "../../context.ts";
import type { TransactionRunner } from "../../db/run-query.ts";
import { govError } from "../../errors.ts";
import { parseInput } from "../parse-input.ts";
import { type RelationshipKey, recordAudit, relationshipKey } from "../../graph/audit.ts";
import { requireLineRules } from "./edit-rules.ts";
import { CreateRelationshipArgs, EndRelationshipArgs, UpdateRelationshipArgs } from "./inputs.ts";
import { requireAllowedLine, requireDateOrder, requireDocument, requireDocuments, requireNode, resolveReferences } from "./references.ts";
import { type RelationshipView, relationshipView } from "./relationship-view.ts";
import { applyProps, encodeSources, REL_CORE_KEYS, type Stored, sameValues, toStoredParams } from "../../graph/stored-values.ts";
import { today } from "../../graph/clock.ts";
import { requireNodesInScope } from "../../graph/area-scope.ts";


async function lockForEdit(tx: TransactionRunner, key: RelationshipKey, expectedVersion: number): Promise<Stored> {
  const [row] = await tx.run("editing/lock-relationship", { ...key });
  if (!row) throw govError("GOV_NOT_FOUND", { kind: "relationship", id: relationshipKey(key), path: ["key"] });
  const currentVersion = Number(row.relationship.version);
  if (currentVersion !== expectedVersion) {
    throw govError("GOV_CONFLICT", {
      detail: `${relationshipKey(key)} is at version ${currentVersion}, not the expected version ${expectedVersion}: someone changed it since you read it`,
      path: ["expectedVersion"],
      currentVersion,
      expectedVersion,
    });
  }
  return row.relationship;
}

async function replace(tx: TransactionRunner, key: RelationshipKey, after: Stored): Promise<Stored> {
  const [row] = await tx.run("editing/replace-relationship", { ...key, properties: toStoredParams(after, REL_CORE_KEYS) });
  return row?.relationship ?? after;
}

export async function createRelationship(args: unknown, { runner, user }: GraphContext): Promise<RelationshipView> {
  const actor = requireRole(user, "editor", "createRelationship");
  const { input } = parseInput(CreateRelationshipArgs, args);
  const key = { type: input.type, from: input.from, to: input.to };
  requireDateOrder(input.validFrom, input.validTo, ["input", "validTo"]);
  return runner.writeTransaction(async (tx) => {
    const refs = await resolveReferences(tx, [input.from, input.to], input.sources.map((source) => source.document));
    const fromLabel = requireNode(refs, input.from, ["input", "from"]);
    const toLabel = requireNode(refs, input.to, ["input", "to"]);
    // A line may be drawn by an editor of either end's area.
    await requireNodesInScope(tx, actor, [input.from, input.to], `the line ${relationshipKey(key)}`);
    requireAllowedLine(input.type, { id: input.from, label: fromLabel }, { id: input.to, label: toLabel }, ["input"]);
    requireDocuments(refs, input.sources, ["input", "sources"]);
    const properties: Stored = {
      ...applyProps({}, input.props),
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      description: input.description ?? null,
      ambiguity: input.ambiguity ?? null,
      dateNote: input.dateNote ?? null,
      sources: encodeSources([], input.sources, refs.documentDates),
      version: 1,
      statedOn: today(),
    };
    requireLineRules(key, properties, refs.known([input.from, input.to]), input.props, ["input"]);
    const [row] = await tx.run("editing/create-relationship", {
      ...key,
      properties: toStoredParams(properties, REL_CORE_KEYS),
    });
    if (!row?.created) {
      throw govError("GOV_DUPLICATE", {
        detail: `${relationshipKey(key)} (an ended line is reopened by updating its validTo)`,
        path: ["input"],
        currentVersion: Number(row?.relationship.version ?? 1),
      });
    }
    await recordAudit(tx, actor, [{ action: "createRelationship", relationship: key, before: null, after: row.relationship }]);
    return relationshipView(key, row.relationship);
  });
}

export async function updateRelationship(args: unknown, { runner, user }: GraphContext): Promise<RelationshipView> {
  const actor = requireRole(user, "editor", "updateRelationship");
  const { key, expectedVersion, input } = parseInput(UpdateRelationshipArgs, args);
  return runner.writeTransaction(async (tx) => {
    const before = await lockForEdit(tx, key, expectedVersion);
    await requireNodesInScope(tx, actor, [key.from, key.to], `the line ${relationshipKey(key)}`);
    const after: Stored = applyProps(before, input.props);
    for (const field of ["validFrom", "validTo", "description", "ambiguity", "dateNote"] as const) {
      if (input[field] !== undefined) after[field] = input[field];
    }
    requireDateOrder(after.validFrom, after.validTo, ["input", input.validTo !== undefined ? "validTo" : "validFrom"]);
    const refs = await resolveReferences(tx, [key.from, key.to], (input.sources ?? []).map((source) => source.document));
    if (input.sources) {
      requireDocuments(refs, input.sources, ["input", "sources"]);
      after.sources = encodeSources([], input.sources, refs.documentDates);
    }
    if (sameValues(before, after)) return relationshipView(key, before);
    after.version = Number(before.version) + 1;
    after.statedOn = today();
    requireLineRules(key, after, refs.known([key.from, key.to]), input.props, ["input"]);
    const stored = await replace(tx, key, after);
    await recordAudit(tx, actor, [{ action: "updateRelationship", relationship: key, before, after: stored }]);
    return relationshipView(key, stored);
  });
}

export async function endRelationship(args: unknown, { runner, user }: GraphContext): Promise<RelationshipView> {
  const actor = requireRole(user, "editor", "endRelationship");
  const { key, expectedVersion, validTo, source } = parseInput(EndRelationshipArgs, args);
  return runner.writeTransaction(async (tx) => {
    const before = await lockForEdit(tx, key, expectedVersion);
    await requireNodesInScope(tx, actor, [key.from, key.to], `the line ${relationshipKey(key)}`);
    if (before.validTo) {
      throw govError("GOV_ALREADY_ENDED", { detail: `${relationshipKey(key)} ended on ${String(before.validTo)}`, path: ["key"], validTo: String(before.validTo) });
    }
    requireDateOrder(before.validFrom, validTo, ["validTo"]);
    const after: Stored = { ...before, validTo, version: Number(before.version) + 1 };
    if (source) {
      const refs = await resolveReferences(tx, [], [source.document]);
      requireDocument(refs, source, ["source"]);
      after.sources = encodeSources((before.sources as string[] | undefined) ?? [], [source], refs.documentDates);
    }
    const stored = await replace(tx, key, after);
    await recordAudit(tx, actor, [{ action: "endRelationship", relationship: key, before, after: stored }]);
    return relationshipView(key, stored);
  });
}
