import { z } from "zod";
import { decodeSources } from "../domain/entity-record.ts";
import { fillIn } from "../domain/fill-in.ts";

/** What every projection of a relationship carries besides its two ends. */
const RelationshipFields = z.object({
  type: z.string(),
  validFrom: z.string().nullish(),
  validTo: z.string().nullish(),
  sources: z.array(z.string()).nullish(),
  description: z.string().nullish(),
  ambiguity: z.string().nullish(),
  lastEvidencedOn: z.string().nullish(),
  lastEvidencedIn: z.string().nullish(),
  statute: z.string().nullish(),
});

/**
 * The GraphQL GraphEdge's id (`type:source->target`) and decoded sources, set on
 * the object zod has just built for this row (its own, so filled in, not copied).
 */
function asGraphEdge<T extends z.infer<typeof RelationshipFields>>(edge: T, source: string, target: string) {
  return fillIn(edge, { source, target, id: `${edge.type}:${source}->${target}`, sources: decodeSources(edge.sources) });
}

/** A relationship as queries project it (`r {.validFrom, ..., type: type(r), source: ..., target: ...}`), as a GraphEdge. */
export const EdgeRecord = RelationshipFields.extend({ source: z.string(), target: z.string() }).transform((edge) => asGraphEdge(edge, edge.source, edge.target));
export type EdgeRecord = z.infer<typeof EdgeRecord>;

/**
 * The same relationship from a projection that names its ends `from` and `to`
 * (the oversight queries), keeping those names beside `source` and `target`.
 */
export const LineRecord = RelationshipFields.extend({ from: z.string(), to: z.string() }).transform((line) => asGraphEdge(line, line.from, line.to));
export type LineRecord = z.infer<typeof LineRecord>;
