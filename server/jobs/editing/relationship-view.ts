import { decodeSources, type SourceRecord } from "../../domain/entity-record.ts";
import { relationshipKey } from "../../graph/audit.ts";
import { type PropView, propsOf, REL_CORE_KEYS, type Stored } from "../../graph/stored-values.ts";

/** A relationship as GraphQL's Relationship type shows it. */
export interface RelationshipView {
  key: string;
  type: string;
  from: string;
  to: string;
  validFrom: string | null;
  validTo: string | null;
  description: string | null;
  ambiguity: string | null;
  dateNote: string | null;
  sources: SourceRecord[];
  props: PropView[];
  version: number;
}

const text = (value: unknown) => (typeof value === "string" ? value : null);

export function relationshipView(key: { type: string; from: string; to: string }, stored: Stored): RelationshipView {
  return {
    key: relationshipKey(key),
    ...key,
    validFrom: text(stored.validFrom),
    validTo: text(stored.validTo),
    description: text(stored.description),
    ambiguity: text(stored.ambiguity),
    dateNote: text(stored.dateNote),
    sources: decodeSources(stored.sources),
    props: propsOf(stored, REL_CORE_KEYS),
    version: Number(stored.version ?? 1),
  };
}
