import { z } from "zod";
import { EntityRecord } from "../../domain/entity-record.ts";
import type { DiffAnswer, NotRestatedAnswer } from "./answer-types.ts";
import { documentNumber } from "./cite.ts";
import { LineRecord } from "../../graph/relationship-record.ts";

export const DocumentRecord = z.object({ file: z.string(), title: z.string(), date: z.string() });
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** The one row of oversight/structure-in-area. */
export const StructureRow = z.object({
  area: EntityRecord,
  bodies: z.array(EntityRecord),
  lines: z.array(LineRecord),
  others: z.array(EntityRecord),
  documents: z.array(DocumentRecord),
});
export type StructureRow = z.infer<typeof StructureRow>;

interface Dated {
  validFrom?: string | null;
  validTo?: string | null;
}

/** In force on d: begun on or before it and not ended by it (dates compare as ISO strings). */
export function inForceOn(fact: Dated, d: string): boolean {
  return (!fact.validFrom || fact.validFrom <= d) && (!fact.validTo || fact.validTo > d);
}

const byName = (a: EntityRecord, b: EntityRecord) => a.name.localeCompare(b.name);
const byId = (a: LineRecord, b: LineRecord) => a.id.localeCompare(b.id);

/**
 * The diff between two dates. A line holds on a date only while both its ends
 * do. Facts in force at `to` whose latest citation (on or before `to`) is older
 * than the newest document about the area are listed as not restated.
 */
export function diffStructure(row: StructureRow, from: string, to: string): DiffAnswer {
  const entities = new Map([...row.others, ...row.bodies].map((entity) => [entity.id, entity] as const));
  const entity = (id: string) => entities.get(id) as EntityRecord;
  const lineOn = (line: LineRecord, d: string) =>
    inForceOn(line, d) && inForceOn(entity(line.from), d) && inForceOn(entity(line.to), d);
  const between = (d: string | null | undefined) => !!d && d > from && d <= to;

  const bodiesAdded = row.bodies.filter((b) => inForceOn(b, to) && !inForceOn(b, from)).sort(byName);
  const bodiesEnded = row.bodies.filter((b) => inForceOn(b, from) && !inForceOn(b, to)).sort(byName);
  const structural = row.lines.filter((line) => line.type !== "REPLACES");
  const linesAdded = structural.filter((line) => lineOn(line, to) && !lineOn(line, from)).sort(byId);
  const linesEnded = structural.filter((line) => lineOn(line, from) && !lineOn(line, to)).sort(byId);
  const touches = (line: LineRecord, id: string) => line.from === id || line.to === id;
  const changed = row.bodies
    .filter((b) => inForceOn(b, from) && inForceOn(b, to))
    .sort(byName)
    .map((b) => ({ entity: b, linesAdded: linesAdded.filter((l) => touches(l, b.id)), linesEnded: linesEnded.filter((l) => touches(l, b.id)) }))
    .filter((change) => change.linesAdded.length + change.linesEnded.length > 0);
  const replacements = row.lines
    .filter((line) => line.type === "REPLACES")
    .filter((line) => between(line.validFrom) || between(entity(line.from).validFrom) || between(entity(line.to).validTo))
    .sort(byId);

  const notRestated = findNotRestated(row, to, entity, lineOn);
  const named = new Set(
    [...linesAdded, ...linesEnded, ...replacements, ...notRestated.flatMap((fact) => (fact.edge ? [fact.edge] : []))].flatMap((line) => [line.source, line.target]),
  );
  return {
    area: row.area,
    from,
    to,
    bodiesAdded,
    bodiesEnded,
    linesAdded,
    linesEnded,
    changed,
    replacements,
    notRestated,
    entities: [...named].map(entity).sort(byName),
  };
}

type NotRestated = NotRestatedAnswer;

function findNotRestated(
  row: StructureRow,
  to: string,
  entity: (id: string) => EntityRecord,
  lineOn: (line: LineRecord, d: string) => boolean,
): NotRestated[] {
  const documents = new Map(row.documents.map((doc) => [doc.file, doc] as const));
  const facts = [
    ...row.bodies.filter((b) => inForceOn(b, to)).map((b) => ({ sources: b.sources, entity: b, edge: null })),
    ...row.lines.filter((l) => l.type !== "REPLACES" && lineOn(l, to)).map((l) => ({ sources: l.sources, entity: null, edge: l })),
  ];
  // The newest document that says anything about the area, on or before `to`.
  const cited = new Set([...row.bodies, ...row.lines].flatMap((fact) => fact.sources.map((s) => s.document)));
  const newest = row.documents
    .filter((doc) => cited.has(doc.file) && doc.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file))
    .pop();
  if (!newest) return [];

  const stale: NotRestated[] = [];
  for (const fact of facts) {
    const last = fact.sources
      .filter((source) => source.date <= to)
      .sort((a, b) => a.date.localeCompare(b.date) || a.document.localeCompare(b.document))
      .pop();
    if (!last || last.date >= newest.date) continue;
    const lastDocument = documents.get(last.document) ?? { file: last.document, title: last.document, date: last.date };
    const what = fact.entity
      ? fact.entity.name
      : `${entity(fact.edge.from).name} ${fact.edge.type.toLowerCase().replace(/_/g, " ")} ${entity(fact.edge.to).name}`;
    stale.push({
      entity: fact.entity,
      edge: fact.edge,
      lastStatedIn: lastDocument,
      newestDocument: newest,
      message: `Not restated since ${documentNumber(lastDocument.file)} (${lastDocument.date}): ${what}; the newest document about ${row.area.name} by ${to} is ${documentNumber(newest.file)} (${newest.date})`,
    });
  }
  return stale.sort((a, b) => a.lastStatedIn.date.localeCompare(b.lastStatedIn.date) || a.message.localeCompare(b.message));
}
