import { mergeResolvers } from "@graphql-tools/merge";
import type { Resolvers } from "./generated/graphql.ts";
import { boardResolvers } from "./jobs/boards/resolvers.ts";
import { editingResolvers } from "./jobs/editing/resolvers.ts";
import { entityResolvers } from "./jobs/entities/resolvers.ts";
import { oversightResolvers } from "./jobs/oversight/resolvers.ts";
import { searchResolvers } from "./jobs/search/resolvers.ts";
import { healthCheckResolvers } from "./jobs/health-check/resolvers.ts";
import { torReviewResolvers } from "./jobs/tor-review/resolvers.ts";
import { dateScalar } from "./graph/scalars.ts";

/** Every job's resolvers, merged into one map: a job is a plain value added to this list. */
export const resolvers: Resolvers = mergeResolvers([{ Date: dateScalar }, entityResolvers, searchResolvers, oversightResolvers, torReviewResolvers, healthCheckResolvers, editingResolvers, boardResolvers]) as Resolvers;
