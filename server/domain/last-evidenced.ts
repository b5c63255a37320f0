/**
 * "Last evidenced": the latest date on which a source shows a fact. It is
 * marked on a fact (stored as lastEvidencedOn and lastEvidencedIn) when a newer
 * description of the whole structure of the fact's area no longer mentions it,
 * although an older one did: documents rarely say that a body ended, so the
 * answers say how old the evidence is instead of ending it silently. An editor
 * confirms that it ended, or that it still stands (confirmLastEvidenced).
 */
import type { SourceRecord } from "./entity-record.ts";

/** A document, or a section of one, that describes an area's whole structure (002's Appendix 5). */
export interface WholeStructureDescription {
  area: string;
  document: string;
  /** The start of the cited sections it covers, e.g. "Appendix 5". */
  section: string;
  date: string;
}

export interface EvidencedFact {
  sources: readonly SourceRecord[];
  /** The areas the fact falls under, with every area they are part of. */
  areas: readonly string[];
}

export interface LastEvidence {
  on: string;
  source: string;
}

/** A cited section may name several ("1. Foreword; 4. Leadership"): any of them inside the description counts. */
export function mentions(description: WholeStructureDescription, source: SourceRecord): boolean {
  if (source.document !== description.document) return false;
  const start = description.section.toLowerCase();
  return source.section.split(";").some((part) => part.trim().toLowerCase().startsWith(start));
}

/** "002_….txt, Appendix 5: Governance Arrangements": the citation in the form stored in lastEvidencedIn. */
export function citationWords(source: SourceRecord): string {
  return `${source.document}, ${source.section}`;
}

/**
 * The fact's last evidence when an older whole-structure description of one of
 * its areas mentions it and a newer one, dated after every citation of the
 * fact, does not; null while the fact is current.
 */
export function lastEvidenceOf(fact: EvidencedFact, descriptions: readonly WholeStructureDescription[]): LastEvidence | null {
  const latest = [...fact.sources].sort((a, b) => a.date.localeCompare(b.date) || a.document.localeCompare(b.document)).pop();
  if (!latest) return null;
  const stale = descriptions.some(
    (newer) =>
      fact.areas.includes(newer.area) &&
      newer.date > latest.date &&
      descriptions.some((older) => older.area === newer.area && older.date < newer.date && fact.sources.some((s) => mentions(older, s))),
  );
  return stale ? { on: latest.date, source: citationWords(latest) } : null;
}

/** "last evidenced on 2011-10-01 in 002_….txt, Appendix 5", for answers in words. */
export function lastEvidencedWords(evidence: LastEvidence): string {
  return `last evidenced on ${evidence.on} in ${evidence.source}`;
}
