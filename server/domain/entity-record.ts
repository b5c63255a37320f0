import { z } from "zod";

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

export function decodeSources(stored: unknown): SourceRecord[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((text) => SourceRecord.parse(JSON.parse(String(text))));
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
    description: z.string().nullish(),
    ambiguity: z.string().nullish(),
    validFrom: z.string().nullish(),
    validTo: z.string().nullish(),
    sources: z.array(z.string()).nullish(),
  })
  .passthrough()
  .transform((record) => ({
    ...record,
    __typename: record.label,
    aliases: record.aliases ?? [],
    sources: decodeSources(record.sources),
  }));
export type EntityRecord = z.infer<typeof EntityRecord>;
