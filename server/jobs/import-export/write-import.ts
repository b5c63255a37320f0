import { applyGraphRules, boardsNearNodes } from "../../graph/apply-graph-rules.ts";
import { storedWholeStructureAreas } from "../../graph/last-evidenced.ts";
import type { AuthUser } from "../../graph/access.ts";
import type { TransactionRunner } from "../../db/run-query.ts";
import type { SeedFile } from "../../domain/seed-file.ts";
import { searchTextFor } from "../../domain/search-text.ts";
import { type AuditChange, type RelationshipKey, recordAudit, relationshipKey } from "../../graph/audit.ts";
import type { Stored } from "../../graph/stored-values.ts";
import { importParams } from "./import-params.ts";
import { areaScopeFor, areasOfNodes, isAreaLimited } from "../../graph/area-scope.ts";

/** Rows per UNWIND: large imports stay in one transaction, in slices the server handles comfortably. */
export const IMPORT_BATCH = 1000;

export interface ImportCounts {
  documents: number;
  nodes: number;
  relationships: number;
  created: number;
  changed: number;
  unchanged: number;
}

export type ImportProgress = (done: number, total: number, status: string) => void;

function slices<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += IMPORT_BATCH) out.push(items.slice(start, start + IMPORT_BATCH));
  return out;
}

/** Stored values compared without what the import itself stamps, and citations in any order. */
function comparable(properties: Stored | undefined): string | undefined {
  if (!properties) return undefined;
  const { version: _version, searchText: _searchText, ...rest } = properties;
  const sources = Array.isArray(rest.sources) ? [...(rest.sources as string[])].sort() : rest.sources;
  return JSON.stringify(Object.entries({ ...rest, sources }).sort(([a], [b]) => a.localeCompare(b)));
}

async function snapshot(tx: TransactionRunner, ids: string[], keys: RelationshipKey[]) {
  const nodes = new Map<string, Stored>();
  const lines = new Map<string, Stored>();
  for (const batch of slices(ids)) {
    for (const row of await tx.run("import-export/snapshot-nodes", { ids: batch })) nodes.set(row.id, row.properties);
  }
  for (const batch of slices(keys)) {
    for (const row of await tx.run("import-export/snapshot-relationships", { keys: batch })) {
      lines.set(relationshipKey(row), row.properties);
    }
  }
  return { nodes, lines };
}

/**
 * Writes validated files inside the caller's write transaction, through the
 * seed loader's merge queries: every file's nodes first, then every file's
 * lines (so a line may join nodes of different files). Each node or line the
 * import creates or changes gets a new version and an audit entry.
 */
export async function writeImport(tx: TransactionRunner, seeds: readonly SeedFile[], actor: AuthUser, onProgress?: ImportProgress): Promise<ImportCounts> {
  const files = seeds.map(importParams);
  const ids = [...new Set(files.flatMap((file) => file.nodes.map((node) => node.id)))];
  const keyMap = new Map<string, RelationshipKey>();
  for (const rel of files.flatMap((file) => file.relationships)) keyMap.set(relationshipKey(rel), { type: rel.type, from: rel.from, to: rel.to });
  const keys = [...keyMap.values()];
  const total = files.reduce((sum, file) => sum + file.nodes.length + file.relationships.length, 0);
  let done = 0;

  const before = await snapshot(tx, ids, keys);
  const areasBefore = isAreaLimited(actor) ? await areasOfNodes(tx, ids) : new Map<string, string[]>();
  // Areas a document no longer marks as described whole: their boards' last-evidenced marks may clear.
  const unmarkedAreas = new Set<string>();
  for (const file of files) {
    await tx.run("seed/merge-document", file.document);
    // A file that does not say which sections describe a whole structure leaves the stored ones alone.
    if (file.statesWholeStructure) {
      for (const area of await storedWholeStructureAreas(tx, file.document.file)) unmarkedAreas.add(area);
      await tx.run("seed/mark-whole-structure", file.wholeStructure);
    }
    for (const batch of slices(file.nodes)) {
      await tx.run("seed/merge-nodes", { sourcePrefix: file.sourcePrefix, documentDate: file.documentDate, nodes: batch });
      done += batch.length;
      onProgress?.(done, total, `nodes of ${file.document.file}`);
    }
  }
  for (const file of files) {
    for (const batch of slices(file.relationships)) {
      await tx.run("seed/merge-relationships", { sourcePrefix: file.sourcePrefix, documentDate: file.documentDate, relationships: batch });
      done += batch.length;
      onProgress?.(done, total, `lines of ${file.document.file}`);
    }
  }
  await applyGraphRules(tx, ids, await boardsNearNodes(tx, [...ids, ...unmarkedAreas]));
  const after = await snapshot(tx, ids, keys);

  const changes: AuditChange[] = [];
  const nodeStamps: { id: string; version: number; searchText: string }[] = [];
  for (const id of ids) {
    const was = before.nodes.get(id);
    const now = after.nodes.get(id);
    if (!now || comparable(was) === comparable(now)) continue;
    const version = was ? Number(was.version ?? 1) + 1 : 1;
    nodeStamps.push({ id, version, searchText: searchTextFor(String(now.name), (now.aliases as string[] | undefined) ?? []) });
    changes.push({ action: "importGraph", entityId: id, before: was ?? null, after: { ...now, version } });
  }
  const lineStamps: (RelationshipKey & { version: number })[] = [];
  for (const key of keys) {
    const was = before.lines.get(relationshipKey(key));
    const now = after.lines.get(relationshipKey(key));
    if (!now || comparable(was) === comparable(now)) continue;
    const version = was ? Number(was.version ?? 1) + 1 : 1;
    lineStamps.push({ ...key, version });
    changes.push({ action: "importGraph", relationship: key, before: was ?? null, after: { ...now, version } });
  }
  if (isAreaLimited(actor)) await requireImportInScope(tx, actor, changes, areasBefore);
  for (const batch of slices(nodeStamps)) await tx.run("import-export/stamp-nodes", { stamps: batch });
  for (const batch of slices(lineStamps)) await tx.run("import-export/stamp-relationships", { stamps: batch });
  await recordAudit(tx, actor, changes);

  const created = changes.filter((change) => change.before === null).length;
  return {
    documents: files.length,
    nodes: ids.length,
    relationships: keys.length,
    created,
    changed: changes.length - created,
    unchanged: ids.length + keys.length - changes.length,
  };
}

/**
 * An editor limited to areas may import only what they could edit by hand:
 * each node the import creates or changes must be in their scope after the
 * import and, when it existed, before it too; each line, at either end. Runs
 * inside the import's transaction, so a refusal writes nothing.
 */
async function requireImportInScope(tx: TransactionRunner, actor: AuthUser, changes: readonly AuditChange[], areasBefore: Map<string, string[]>): Promise<void> {
  const ends = changes.flatMap((change) => (change.relationship ? [change.relationship.from, change.relationship.to] : []));
  const nodeIds = changes.flatMap((change) => (change.entityId ? [change.entityId] : []));
  const areasAfter = await areasOfNodes(tx, [...nodeIds, ...ends]);
  const everyArea = [...areasBefore.values(), ...areasAfter.values()].flat();
  const requireInScope = await areaScopeFor(tx, actor, everyArea);
  for (const change of changes) {
    if (change.entityId) {
      const id = change.entityId;
      const stored = areasBefore.get(id);
      if (stored) requireInScope(stored, `"${id}" (as stored)`);
      requireInScope(areasAfter.get(id) ?? [], `"${id}" (as imported)`);
    } else if (change.relationship) {
      const { from, to } = change.relationship;
      requireInScope([...(areasAfter.get(from) ?? []), ...(areasAfter.get(to) ?? [])], `the line ${relationshipKey(change.relationship)}`);
    }
  }
}
