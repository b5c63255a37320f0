import { z } from "zod";
import { fillIn } from "./fill-in.ts";

/** A source citation as stored on nodes and relationships: one JSON string per citation. */
export const SourceRecord = z.object({
  document: z.string(),
  section: z.string(),
  date: z.string(),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

/** Stored as a string because Neo4j properties cannot hold maps; key order is fixed so equal citations compare equal. */
export function encodeSource(source: SourceRecord): string {
  return JSON.stringify({ document: source.document, section: source.section, date: source.date });
}

/**
 * The decoded citations by their stored text. A graph cites a few documents'
 * sections many times over, and a diagram's answer decodes one citation per
 * node and line: parsing each text once instead of on every read took most of
 * the cost of turning a reportingLines answer into records (docs/benchmarks.md).
 * The records are frozen because every reader of that text shares one.
 */
const decoded = new Map<string, Readonly<SourceRecord>>();
/** Past this many distinct texts the memo starts again, so that it cannot grow with the graph. */
const MAX_DECODED = 20_000;

function decodeSource(text: string): Readonly<SourceRecord> {
  let source = decoded.get(text);
  if (source === undefined) {
    source = Object.freeze(SourceRecord.parse(JSON.parse(text)));
    if (decoded.size >= MAX_DECODED) decoded.clear();
    decoded.set(text, source);
  }
  return source;
}

export function decodeSources(stored: unknown): SourceRecord[] {
  if (!Array.isArray(stored)) return [];
  const sources = new Array<SourceRecord>(stored.length);
  for (let i = 0; i < stored.length; i++) sources[i] = decodeSource(String(stored[i]));
  return sources;
}

/**
 * The last-evidenced mark of a node or line: shown only when a rule says the
 * fact may have ended (lastEvidencedRule: a newer whole-structure description
 * leaves it out, or a committee-system sync has not seen it since). A fact a
 * sync keeps seeing also carries lastEvidencedOn (the latest meeting showing
 * it), and that is no reason to draw it faded. Projections of lines that
 * carry no rule key have already dropped an unmarked lastEvidencedOn.
 */
export function lastEvidencedFrom(stored: { lastEvidencedOn?: string | null; lastEvidencedIn?: string | null; lastEvidencedRule?: string | null }): { on: string; source: string } | null {
  if ("lastEvidencedRule" in stored && !stored.lastEvidencedRule) return null;
  return stored.lastEvidencedOn && stored.lastEvidencedIn ? { on: stored.lastEvidencedOn, source: stored.lastEvidencedIn } : null;
}

/** A node as a query projects it (`n {.*, label: ...}`), parsed before any resolver uses it. */
export const EntityRecord = z
  .object({
    id: z.string(),
    name: z.string(),
    label: z.string(),
    kind: z.string().nullish(),
    aliases: z.array(z.string()).nullish(),
    areaId: z.string().nullish(),
    areaIds: z.array(z.string()).nullish(),
    lastEvidencedOn: z.string().nullish(),
    lastEvidencedIn: z.string().nullish(),
    description: z.string().nullish(),
    ambiguity: z.string().nullish(),
    validFrom: z.string().nullish(),
    validTo: z.string().nullish(),
    sources: z.array(z.string()).nullish(),
  })
  .passthrough()
  // The object zod has just built is this row's own, so the transform fills it in rather than
  // copying it: a diagram's answer holds hundreds of these, and the copies were a third of their cost.
  .transform((record) => {
    // Data written before areas were lists holds one areaId; areaId is the first of areaIds.
    const areaIds = record.areaIds ?? (record.areaId ? [record.areaId] : []);
    return fillIn(record, {
      __typename: record.label,
      aliases: record.aliases ?? [],
      areaIds,
      areaId: areaIds[0] ?? null,
      lastEvidenced: lastEvidencedFrom(record),
      sources: decodeSources(record.sources),
    });
  });
export type EntityRecord = z.infer<typeof EntityRecord>;
