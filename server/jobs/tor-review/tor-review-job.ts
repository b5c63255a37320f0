import { mergeResolvers } from "@graphql-tools/merge";
import type { Resolvers } from "../../generated/graphql.ts";
import { defineJob } from "../job-manifest.ts";
import { registerCalendarRoute } from "./calendar-route.ts";
import { registerResolvers } from "./register-resolvers.ts";
import { torReviewResolvers } from "./resolvers.ts";

/** The tor-review job, as the app lists it in server/jobs.ts: the review, the register's fields and the calendar feed. */
export const torReviewJob = defineJob("tor-review", mergeResolvers([torReviewResolvers, registerResolvers]) as Resolvers, (app, deps) =>
  registerCalendarRoute(app, deps),
);
