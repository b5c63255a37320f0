import type { Resolvers } from "../../generated/graphql.ts";
import { accountabilityGaps } from "./accountability-gaps.ts";
import { oversightChain } from "./oversight-chain.ts";
import { reportingLines } from "./reporting-lines.ts";
import { structureDiff } from "./structure-diff.ts";

/** The oversight job: one file per field, each a thin resolver over named queries. */
export const oversightResolvers: Resolvers = {
  Query: { oversightChain, reportingLines, structureDiff, accountabilityGaps },
};
