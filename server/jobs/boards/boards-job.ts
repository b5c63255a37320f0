import { defineJob } from "../job-manifest.ts";
import { boardResolvers } from "./resolvers.ts";

/** The boards job, as the app lists it in server/jobs.ts. */
export const boardsJob = defineJob("boards", boardResolvers);
