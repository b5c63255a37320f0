import { mergeResolvers } from "@graphql-tools/merge";
import type { Resolvers } from "../../generated/graphql.ts";
import { defineJob } from "../job-manifest.ts";
import { accessResolvers } from "./resolvers.ts";
import { viewerResolvers } from "./viewer.ts";

/** The access job, as the app lists it in server/jobs.ts. */
export const accessJob = defineJob("access", mergeResolvers([accessResolvers, viewerResolvers]) as Resolvers);
