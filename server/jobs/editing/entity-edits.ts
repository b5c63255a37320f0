import { requireRole } from "../../graph/access.ts";
import type { GraphContext } from "../../context.ts";
import type { TransactionRunner } from "../../db/run-query.ts";
import { EntityRecord } from "../../domain/entity-record.ts";
import { searchTextFor } from "../../domain/search-text.ts";
import { govError } from "../../errors.ts";
import { parseInput } from "../parse-input.ts";
import { type AuditChange, recordAudit } from "../../graph/audit.ts";
import { areaIdsOf, requireNodeRules } from "./edit-rules.ts";
import { applyGraphRules } from "../../graph/apply-graph-rules.ts";
import { CreateEntityArgs, EndEntityArgs, UpdateEntityArgs } from "./inputs.ts";
import { requireArea, requireDateOrder, requireDocument, requireDocuments, resolveReferences } from "./references.ts";
import { applyProps, encodeSources, NODE_CORE_KEYS, REL_CORE_KEYS, type Stored, sameValues, toStoredParams } from "../../graph/stored-values.ts";
import { today } from "../../graph/clock.ts";
import { requireAreaScope, requireNodesInScope } from "../../graph/area-scope.ts";


/** Without the projected label, which is a label and not a property. */
function propertiesOf(entity: Stored): Stored {
  const { label: _label, ...rest } = entity;
  return rest;
}

/** Locks the node and checks the version the editor last saw. */
async function lockForEdit(tx: TransactionRunner, id: string, expectedVersion: number): Promise<Stored> {
  const [row] = await tx.run("editing/lock-entity", { id });
  if (!row) throw govError("GOV_NOT_FOUND", { kind: "node", id, path: ["id"] });
  const currentVersion = Number(row.entity.version);
  if (currentVersion !== expectedVersion) {
    throw govError("GOV_CONFLICT", {
      detail: `"${id}" is at version ${currentVersion}, not the expected version ${expectedVersion}: someone changed it since you read it`,
      path: ["expectedVersion"],
      currentVersion,
      expectedVersion,
    });
  }
  return row.entity;
}

/** The node as stored once the graph rules ran (its areas follow its lines; statutory lines drawn). */
async function reread(tx: TransactionRunner, id: string): Promise<EntityRecord> {
  const [row] = await tx.run("editing/lock-entity", { id });
  return EntityRecord.parse(row?.entity);
}

export async function createEntity(args: unknown, { runner, user }: GraphContext): Promise<EntityRecord> {
  const actor = requireRole(user, "editor", "createEntity");
  const { input } = parseInput(CreateEntityArgs, args);
  requireDateOrder(input.validFrom, input.validTo, ["input", "validTo"]);
  return runner.writeTransaction(async (tx) => {
    const areaIds = [...new Set([...(input.areaId ? [input.areaId] : []), ...(input.areaIds ?? [])])];
    await requireAreaScope(tx, actor, areaIds, `a new ${input.label} "${input.id}"`);
    const refs = await resolveReferences(tx, [input.id, ...areaIds], input.sources.map((source) => source.document));
    const existing = refs.labelOf(input.id);
    if (existing) throw govError("GOV_DUPLICATE", { detail: `a ${existing} with id "${input.id}"`, path: ["input", "id"] });
    if (input.areaId) requireArea(refs, input.areaId, ["input", "areaId"]);
    for (const [index, areaId] of (input.areaIds ?? []).entries()) requireArea(refs, areaId, ["input", "areaIds", index]);
    requireDocuments(refs, input.sources, ["input", "sources"]);
    const sources = encodeSources([], input.sources, refs.documentDates);
    const aliases = input.aliases ?? [];
    const properties: Stored = {
      ...applyProps({}, input.props),
      id: input.id,
      name: input.name,
      kind: input.kind ?? null,
      aliases,
      searchText: searchTextFor(input.name, aliases),
      areaIds,
      description: input.description ?? null,
      ambiguity: input.ambiguity ?? null,
      dateNote: input.dateNote ?? null,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      sources,
      version: 1,
      statedOn: today(),
    };
    requireNodeRules(properties, input.label, refs.known(areaIds), input.props, ["input"]);
    const areaLine: Stored = { validFrom: input.validFrom, validTo: input.validTo ?? null, sources, version: 1, statedOn: today() };
    const [row] = await tx.run("editing/create-entity", {
      id: input.id,
      label: input.label,
      properties: toStoredParams(properties, NODE_CORE_KEYS),
      areaIds,
      areaLine: toStoredParams(areaLine, REL_CORE_KEYS),
    });
    if (!row?.created) throw govError("GOV_DUPLICATE", { detail: `a node with id "${input.id}"`, path: ["input", "id"] });
    const changes: AuditChange[] = [{ action: "createEntity", entityId: input.id, before: null, after: propertiesOf(row.entity) }];
    for (const areaId of areaIds) {
      changes.push({ action: "createEntity", relationship: { type: "IN_AREA", from: input.id, to: areaId }, before: null, after: areaLine });
    }
    await recordAudit(tx, actor, changes);
    await applyGraphRules(tx, [input.id]);
    return reread(tx, input.id);
  });
}

export async function updateEntity(args: unknown, { runner, user }: GraphContext): Promise<EntityRecord> {
  const actor = requireRole(user, "editor", "updateEntity");
  const { id, expectedVersion, input } = parseInput(UpdateEntityArgs, args);
  return runner.writeTransaction(async (tx) => {
    const current = await lockForEdit(tx, id, expectedVersion);
    await requireNodesInScope(tx, actor, [id], `"${id}"`);
    const before = propertiesOf(current);
    const label = String(current.label);
    const after: Stored = { ...applyProps(before, input.props) };
    for (const field of ["name", "kind", "description", "ambiguity", "dateNote", "validFrom", "validTo"] as const) {
      if (input[field] !== undefined) after[field] = input[field];
    }
    if (input.aliases !== undefined) after.aliases = input.aliases ?? [];
    after.searchText = searchTextFor(String(after.name), (after.aliases as string[] | undefined) ?? []);
    requireDateOrder(after.validFrom, after.validTo, ["input", input.validTo !== undefined ? "validTo" : "validFrom"]);

    // areaId replaces the whole set with one area (or none); addAreas and removeAreas change it area by area.
    const beforeAreas = areaIdsOf(before);
    const areaMoved = input.areaId !== undefined && !(input.areaId ? beforeAreas.length === 1 && beforeAreas[0] === input.areaId : beforeAreas.length === 0);
    const add = (input.addAreas ?? []).filter((areaId) => !beforeAreas.includes(areaId) || areaMoved);
    const remove = (input.removeAreas ?? []).filter((areaId) => beforeAreas.includes(areaId));
    const base = areaMoved ? (input.areaId ? [input.areaId] : []) : beforeAreas;
    after.areaIds = [...new Set([...base.filter((areaId) => !remove.includes(areaId)), ...add])];
    delete after.areaId;
    const areasChanged = areaMoved || add.length > 0 || remove.length > 0;
    const refs = await resolveReferences(tx, [areaMoved ? input.areaId : null, ...add], (input.sources ?? []).map((source) => source.document));
    if (areaMoved && input.areaId) requireArea(refs, input.areaId, ["input", "areaId"]);
    (input.addAreas ?? []).forEach((areaId, index) => {
      if (add.includes(areaId)) requireArea(refs, areaId, ["input", "addAreas", index]);
    });
    // A node moved, or given another area, must still be in one of the caller's areas, as a new one must.
    if (areasChanged) await requireAreaScope(tx, actor, after.areaIds as string[], `${areaMoved ? "moving" : "changing the areas of"} "${id}"`);
    if (input.sources) {
      requireDocuments(refs, input.sources, ["input", "sources"]);
      after.sources = encodeSources([], input.sources, refs.documentDates);
    }
    if (!areasChanged && sameValues(before, after)) return EntityRecord.parse(current);
    after.version = Number(before.version) + 1;
    after.statedOn = today();
    const knownAreas = areaIdsOf(after).map((areaId) => ({ id: areaId, label: "Area" as const }));
    requireNodeRules(after, label, knownAreas, input.props, ["input"]);

    const [row] = await tx.run("editing/replace-entity", { id, properties: toStoredParams(after, NODE_CORE_KEYS) });
    const changes: AuditChange[] = [{ action: "updateEntity", entityId: id, before, after: propertiesOf(row?.entity ?? after) }];
    if (areaMoved) {
      const [moved] = await tx.run("editing/move-entity-area", {
        id,
        areaId: input.areaId ?? null,
        today: today(),
        sources: after.sources,
      });
      for (const line of moved?.lines ?? []) {
        changes.push({ action: "updateEntity", relationship: { type: "IN_AREA", from: id, to: line.to }, before: line.before, after: line.after });
      }
    }
    if (add.length > 0 || remove.length > 0) {
      const [changed] = await tx.run("editing/change-entity-areas", {
        id,
        add,
        remove,
        today: today(),
        sources: after.sources,
      });
      for (const line of changed?.lines ?? []) {
        changes.push({ action: "updateEntity", relationship: { type: "IN_AREA", from: id, to: line.to }, before: line.before, after: line.after });
      }
    }
    await recordAudit(tx, actor, changes);
    await applyGraphRules(tx, [id]);
    return row ? reread(tx, id) : EntityRecord.parse(row);
  });
}

export async function endEntity(args: unknown, { runner, user }: GraphContext): Promise<EntityRecord> {
  const actor = requireRole(user, "editor", "endEntity");
  const { id, expectedVersion, validTo, source } = parseInput(EndEntityArgs, args);
  return runner.writeTransaction(async (tx) => {
    const current = await lockForEdit(tx, id, expectedVersion);
    await requireNodesInScope(tx, actor, [id], `"${id}"`);
    const before = propertiesOf(current);
    if (before.validTo) {
      throw govError("GOV_ALREADY_ENDED", { detail: `"${id}" ended on ${String(before.validTo)}`, path: ["id"], validTo: String(before.validTo) });
    }
    requireDateOrder(before.validFrom, validTo, ["validTo"]);
    const after: Stored = { ...before, validTo, version: Number(before.version) + 1 };
    if (source) {
      const refs = await resolveReferences(tx, [], [source.document]);
      requireDocument(refs, source, ["source"]);
      after.sources = encodeSources((before.sources as string[] | undefined) ?? [], [source], refs.documentDates);
    }
    const [row] = await tx.run("editing/replace-entity", { id, properties: toStoredParams(after, NODE_CORE_KEYS) });
    await recordAudit(tx, actor, [{ action: "endEntity", entityId: id, before, after: propertiesOf(row?.entity ?? after) }]);
    // A statutory line ends with its board.
    await applyGraphRules(tx, [id]);
    return EntityRecord.parse(row?.entity);
  });
}
