import { decodeSources } from "../../domain/entity-record.ts";
import { NODE_LABELS } from "../../domain/model.ts";
import { relationshipKey } from "../../graph/audit.ts";
import { NODE_CORE_KEYS, REL_CORE_KEYS, type Stored } from "../../graph/stored-values.ts";
import type { ExportScope } from "./export-scope.ts";

export interface SeedExport {
  files: Record<string, unknown>[];
  nodes: number;
  relationships: number;
  warnings: string[];
}

type Entry = Record<string, unknown>;

/** Keeps the seed file's key order and leaves out what is not set, so that equal graphs give equal text. */
function entry(fields: Entry): Entry {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

/** Extra properties; a seed file holds only text, numbers and flags (dates as text), so lists are left out with a warning. */
function propsFor(stored: Stored, core: Set<string>, what: string, warnings: string[]): Entry | undefined {
  const props: Entry = {};
  for (const key of Object.keys(stored).sort()) {
    const value = stored[key];
    if (core.has(key) || value === null || value === undefined) continue;
    if (["string", "number", "boolean"].includes(typeof value)) props[key] = value;
    else warnings.push(`${what}: property ${key} (a list) cannot be written to a seed file and is left out`);
  }
  return Object.keys(props).length > 0 ? props : undefined;
}

/** A node's areas as stored: the list, or the single area of data written before areas were lists. */
export function areaIdsOf(node: Stored): string[] {
  if (Array.isArray(node.areaIds)) return node.areaIds.map(String);
  return node.areaId ? [String(node.areaId)] : [];
}

/** A document's whole-structure sections, as the seed file states them. */
function wholeStructureOf(doc: { wholeStructure?: string[] | null }): { area: string; section: string }[] | undefined {
  return doc.wholeStructure?.map((text) => JSON.parse(text) as { area: string; section: string });
}

const labelOrder = (label: unknown) => NODE_LABELS.indexOf(label as (typeof NODE_LABELS)[number]);

/**
 * One seed file per source document, holding the nodes and lines that cite it
 * (with the section cited), every value as it stands in the graph. Importing
 * the list into an empty graph gives back the same nodes, lines and citations,
 * so exporting again gives the same text.
 */
export function toSeedFiles(scope: ExportScope): SeedExport {
  const warnings: string[] = [];
  const byDocument = new Map(scope.documents.map((doc) => [doc.file, { doc, nodes: [] as Entry[], relationships: [] as Entry[] }]));
  const cite = (stored: Stored, what: string, add: (file: string, section: string) => void) => {
    const cited = decodeSources(stored.sources).filter((source) => byDocument.has(source.document));
    if (cited.length === 0) warnings.push(`${what} cites no loaded source document and is left out`);
    for (const source of cited) add(source.document, source.section);
  };
  // A node's area goes into the files whose document also states its IN_AREA line; merging a file
  // with an area and no such line would add that document to the line's citations.
  const areaLineDocuments = new Map<string, Set<string>>();
  for (const rel of scope.relationships) {
    if (rel.type !== "IN_AREA") continue;
    areaLineDocuments.set(`${rel.from}->${rel.to}`, new Set(decodeSources(rel.properties.sources).map((source) => source.document)));
  }

  const inScope = new Set(scope.nodes.map((node) => String(node.id)));
  const nodes = [...scope.nodes].sort((a, b) => labelOrder(a.label) - labelOrder(b.label) || String(a.id).localeCompare(String(b.id)));
  for (const node of nodes) {
    const what = `${String(node.label)} ${String(node.id)}`;
    const props = propsFor(node, NODE_CORE_KEYS, what, warnings);
    // Only the areas inside the export: a line to an area outside it is left out, as other such lines are.
    const nodeAreas = areaIdsOf(node).filter((area) => inScope.has(area));
    const statedIn = (file: string) => nodeAreas.filter((area) => areaLineDocuments.get(`${String(node.id)}->${area}`)?.has(file));
    const files: Entry[] = [];
    cite(node, what, (file, section) => {
      const areas = statedIn(file);
      const item = entry({
        id: node.id, label: node.label, name: node.name, aliases: node.aliases, kind: node.kind, areas: areas.length > 0 ? areas : undefined,
        section, validFrom: node.validFrom, validTo: node.validTo, dateNote: node.dateNote, ambiguity: node.ambiguity, description: node.description, props,
      });
      byDocument.get(file)?.nodes.push(item);
      files.push(item);
    });
    // No document states the line: state the area once, and the import draws the line.
    const unstated = nodeAreas.filter((area) => !files.some((item) => (item.areas as string[] | undefined)?.includes(area)));
    if (unstated.length > 0 && files[0]) files[0].areas = [...((files[0].areas as string[] | undefined) ?? []), ...unstated];
  }

  const relationships = [...scope.relationships].sort((a, b) => relationshipKey(a).localeCompare(relationshipKey(b)));
  for (const rel of relationships) {
    const stored = rel.properties;
    // A statutory line cites the Act, not a document; the rule draws it again on import.
    if (stored.statutoryRule) continue;
    const what = relationshipKey(rel);
    const props = propsFor(stored, REL_CORE_KEYS, what, warnings);
    cite(stored, what, (file, section) => {
      byDocument.get(file)?.relationships.push(entry({
        type: rel.type, from: rel.from, to: rel.to, section, validFrom: stored.validFrom, validTo: stored.validTo,
        dateNote: stored.dateNote, ambiguity: stored.ambiguity, description: stored.description, props,
      }));
    });
  }

  const files = [...byDocument.values()]
    .filter((file) => file.nodes.length > 0 || file.relationships.length > 0)
    .map(({ doc, nodes: fileNodes, relationships: fileLines }) => ({
      document: entry({ file: doc.file, title: doc.title, date: doc.date, dateNote: doc.dateNote, wholeStructure: wholeStructureOf(doc)?.filter((mark) => inScope.has(mark.area)) }),
      nodes: fileNodes,
      relationships: fileLines,
    }));
  return { files, nodes: scope.nodes.length, relationships: scope.relationships.length, warnings };
}
