import { mergeResolvers } from "@graphql-tools/merge";
import type { Resolvers } from "./generated/graphql.ts";
import { dateScalar } from "./graph/scalars.ts";
import { JOBS } from "./jobs.ts";

/** Every job's resolvers, merged into one map, with the scalars they share. */
export const resolvers: Resolvers = mergeResolvers([{ Date: dateScalar }, ...JOBS.map((job) => job.resolvers)]) as Resolvers;
