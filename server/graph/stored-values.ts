import neo4j from "neo4j-driver";
import { toNeo4jDate } from "../db/to-neo4j-date.ts";
import { decodeSources, encodeSource } from "../domain/entity-record.ts";
import type { PropInput, SourceInput } from "./value-inputs.ts";

/** Stored properties of a node that the model names; anything else is an extra property ("props"). */
export const NODE_CORE_KEYS = new Set([
  "id", "name", "kind", "aliases", "searchText", "areaId", "description", "ambiguity", "dateNote", "validFrom", "validTo", "sources", "version",
  // The areas (IN_AREA lines, graph/sync-area-ids), and the marks of the last-evidenced rule and of an editor's confirmation.
  "areaIds", "lastEvidencedOn", "lastEvidencedIn", "lastEvidencedRule", "confirmedStandingOn", "confirmedStandingIn",
  // The date of the newest statement of the values (seed/merge-nodes.cypher: newer wording wins).
  "statedOn",
  // Projections add these two; they are not stored.
  "label", "__typename",
]);
/** The same for relationships. */
export const REL_CORE_KEYS = new Set([
  "validFrom", "validTo", "sources", "description", "ambiguity", "dateNote", "version", "statedOn",
  // Drawn by a statutory line rule (server/graph/statutory-lines.ts), and the last-evidenced marks.
  "statute", "statutoryRule", "lastEvidencedOn", "lastEvidencedIn", "lastEvidencedRule", "confirmedStandingOn", "confirmedStandingIn",
]);
/** Core properties stored as dates. */
const DATE_KEYS = new Set(["validFrom", "validTo", "statedOn", "lastEvidencedOn", "confirmedStandingOn"]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Plain properties as the runner returns them (dates as strings). */
export type Stored = Record<string, unknown>;

export interface PropView {
  name: string;
  text: string | null;
  number: number | null;
  flag: boolean | null;
  date: string | null;
}

/**
 * Plain values back into what Neo4j stores: dates as dates (as the seed loader
 * stores them, so that as-of and review-due comparisons work), the version as
 * an integer. Text fields stay text even when they look like a date.
 */
export function toStoredParams(properties: Stored, core: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined || key === "label") continue;
    if (key === "version") out[key] = neo4j.int(Number(value));
    else if ((DATE_KEYS.has(key) || !core.has(key)) && typeof value === "string" && ISO_DATE.test(value)) {
      out[key] = toNeo4jDate(value);
    } else out[key] = value;
  }
  return out;
}

/** A node's or line's extra properties, for GraphQL. */
export function propsOf(stored: Stored, core: Set<string>): PropView[] {
  return Object.keys(stored)
    .filter((key) => !core.has(key) && stored[key] !== null && stored[key] !== undefined)
    .sort()
    .map((name) => {
      const value = stored[name];
      const isDate = typeof value === "string" && ISO_DATE.test(value);
      return {
        name,
        text: typeof value === "string" && !isDate ? value : null,
        number: typeof value === "number" ? value : null,
        flag: typeof value === "boolean" ? value : null,
        date: isDate ? (value as string) : null,
      };
    });
}

/** Sets or (with no value) removes extra properties; the rest stay as they are. */
export function applyProps(stored: Stored, props: readonly PropInput[] | null | undefined): Stored {
  const out = { ...stored };
  for (const prop of props ?? []) {
    const value = prop.text ?? prop.number ?? prop.flag ?? prop.date ?? null;
    if (value === null) delete out[prop.name];
    else out[prop.name] = value;
  }
  return out;
}

/** Extra properties as the seed shape writes them (`props:`), for validation with the seed schema. */
export function seedProps(stored: Stored, core: Set<string>): Record<string, string | number | boolean> | undefined {
  const entries = Object.entries(stored).filter(
    (entry): entry is [string, string | number | boolean] => !core.has(entry[0]) && ["string", "number", "boolean"].includes(typeof entry[1]),
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Citations as stored: one per document (a new one for a document replaces the old), each with the document's date. */
export function encodeSources(current: readonly string[], added: readonly SourceInput[], documentDates: ReadonlyMap<string, string>): string[] {
  const byDocument = new Map(decodeSources(current).map((source) => [source.document, source]));
  for (const source of added) {
    byDocument.set(source.document, { document: source.document, section: source.section, date: documentDates.get(source.document) ?? "" });
  }
  return [...byDocument.values()].map(encodeSource);
}

/** What the audit log keeps: every stored value except the derived search text, citations readable, keys in order. */
export function auditJson(stored: Stored | null): string | null {
  if (!stored) return null;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(stored).sort()) {
    if (key === "searchText") continue;
    out[key] = key === "sources" ? decodeSources(stored[key]) : stored[key];
  }
  return JSON.stringify(out);
}

/** Whether an update changes anything an editor can see; if not, it keeps its version and writes no audit entry. */
export function sameValues(before: Stored, after: Stored): boolean {
  const strip = ({ version: _version, statedOn: _statedOn, ...rest }: Stored) => auditJson(rest);
  return strip(before) === strip(after);
}
