import { toNeo4jDate } from "../db/to-neo4j-date.ts";
import { encodeSource } from "../domain/entity-record.ts";
import { areasOf, type SeedFile } from "../domain/seed-file.ts";
import { searchTextFor } from "../domain/search-text.ts";
import { encodeWholeStructure } from "../graph/last-evidenced.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dates in props become Neo4j dates so that as-of and review-due comparisons work in Cypher. */
function toPropertyValue(value: unknown): unknown {
  return typeof value === "string" && ISO_DATE.test(value) ? toNeo4jDate(value) : value;
}

/** Only the properties this document states: a missing value never erases what another document said. */
function statedProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value !== undefined && value !== null) out[key] = toPropertyValue(value);
  }
  return out;
}

/** Without a stated start, a fact starts at the document's date, or at its stated end if that is earlier. */
function defaultStart(documentDate: string, validTo: string | undefined): string {
  return validTo !== undefined && validTo < documentDate ? validTo : documentDate;
}

/** The stored citations of one document start with this text; reloading replaces exactly them. */
export function sourcePrefixFor(file: string): string {
  return `{"document":${JSON.stringify(file)},`;
}

/** Turns a validated seed file into the parameters of the merge queries. */
export function seedParams(seed: SeedFile) {
  const { document } = seed;
  // A file cites a few dozen sections across thousands of facts: each citation is encoded once.
  const citations = new Map<string, string>();
  const sourceFor = (section: string) => {
    let source = citations.get(section);
    if (source === undefined) {
      source = encodeSource({ document: document.file, section, date: document.date });
      citations.set(section, source);
    }
    return source;
  };

  const nodes = seed.nodes.map((node) => ({
    id: node.id,
    label: node.label,
    source: sourceFor(node.section),
    validFrom: node.validFrom ?? defaultStart(document.date, node.validTo),
    validTo: node.validTo ?? null,
    properties: statedProps({
      ...node.props,
      name: node.name,
      kind: node.kind,
      aliases: node.aliases ?? [],
      searchText: searchTextFor(node.name, node.aliases ?? []),
      // The stated order is kept: the first area is the one `areaId` names.
      areaIds: areasOf(node).length > 0 ? areasOf(node) : undefined,
      description: node.description,
      ambiguity: node.ambiguity,
      dateNote: node.dateNote,
    }),
  }));

  // A node's area is a relationship too, so that queries can walk up the areas.
  const areaLines = seed.nodes.flatMap((node) =>
    areasOf(node).map((area) => ({ type: "IN_AREA", from: node.id, to: area, section: node.section })),
  );

  // A line the file states itself keeps the file's own wording; a Set keeps the check linear in the file's size.
  const statedAreaLines = new Set(seed.relationships.filter((rel) => rel.type === "IN_AREA").map((rel) => `${rel.from}\u0000${rel.to}`));

  const relationships = [
    ...seed.relationships.map((rel) => ({
      type: rel.type as string,
      from: rel.from,
      to: rel.to,
      source: sourceFor(rel.section),
      validFrom: rel.validFrom ?? defaultStart(document.date, rel.validTo),
      validTo: rel.validTo ?? null,
      properties: statedProps({ ...rel.props, description: rel.description, ambiguity: rel.ambiguity, dateNote: rel.dateNote }),
    })),
    ...areaLines
      .filter((line) => !statedAreaLines.has(`${line.from}\u0000${line.to}`))
      .map((line) => ({
        ...line,
        source: sourceFor(line.section),
        validFrom: document.date,
        validTo: null,
        properties: {},
      })),
  ];

  return {
    document: {
      file: document.file,
      title: document.title,
      date: document.date,
      dateNote: document.dateNote ?? null,
    },
    wholeStructure: {
      file: document.file,
      wholeStructure: encodeWholeStructure(document.wholeStructure ?? []),
      // Kept beside the marks so that the last-evidenced rule reads only the documents of the areas it looks at.
      areas: [...new Set((document.wholeStructure ?? []).map((mark) => mark.area))],
    },
    sourcePrefix: sourcePrefixFor(document.file),
    documentDate: document.date,
    nodes,
    relationships,
  };
}
