import type { SourceRecord } from "../../domain/entity-record.ts";

/** "004" for "004_74f13835036de04e.txt": users know the documents by number. */
export function documentNumber(file: string): string {
  return file.split("_")[0] ?? file;
}

/** "004 section 4. Leadership and governance" for a source; sections that are headings keep their own words. */
export function citeSource(source: SourceRecord): string {
  const section = /^\d/.test(source.section) ? `section ${source.section}` : source.section;
  return `${documentNumber(source.document)} ${section}`;
}

/** Every distinct citation, oldest document first, joined for a sentence; "" when there is none. */
export function citeSources(sources: readonly SourceRecord[]): string {
  const sorted = [...sources].sort((a, b) => a.date.localeCompare(b.date) || a.document.localeCompare(b.document));
  return [...new Set(sorted.map(citeSource))].join(" and ");
}

/** " in 004 section 4 ..." or nothing: for messages that name where a document shows a gap. */
export function inSources(sources: readonly SourceRecord[]): string {
  const cited = citeSources(sources);
  return cited ? ` in ${cited}` : "";
}
