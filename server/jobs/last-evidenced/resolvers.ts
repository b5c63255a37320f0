import { lastEvidencedFrom } from "../../domain/entity-record.ts";
import type { Resolvers } from "../../generated/graphql.ts";
import { confirmLastEvidenced } from "./confirm-last-evidenced.ts";

/** The mutation that settles a last-evidenced mark, and the mark on lines (entities carry theirs in EntityRecord). */
export const lastEvidencedResolvers: Resolvers = {
  GraphEdge: {
    lastEvidenced: (edge) => lastEvidencedFrom(edge as { lastEvidencedOn?: string | null; lastEvidencedIn?: string | null }),
  },
  Mutation: {
    confirmLastEvidenced: (_parent, args, context) => confirmLastEvidenced(args, context),
  },
};
