import { z } from "zod";
import { decodeSources } from "../domain/entity-record.ts";

/** A relationship as queries project it (`r {.validFrom, ..., type: type(r), source: ..., target: ...}`), as a GraphEdge. */
export const EdgeRecord = z
  .object({
    type: z.string(),
    source: z.string(),
    target: z.string(),
    validFrom: z.string().nullish(),
    validTo: z.string().nullish(),
    sources: z.array(z.string()).nullish(),
    description: z.string().nullish(),
    ambiguity: z.string().nullish(),
  })
  .transform((edge) => ({
    ...edge,
    id: `${edge.type}:${edge.source}->${edge.target}`,
    sources: decodeSources(edge.sources),
  }));
export type EdgeRecord = z.infer<typeof EdgeRecord>;
