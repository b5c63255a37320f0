/** The register's fields beside the review: last review dates, the calendar feed and its subscription links. */
import { govError } from "../../errors.ts";
import type { Resolvers } from "../../generated/graphql.ts";
import { requireRole } from "../../graph/access.ts";
import { EntityId, Id } from "../../graph/scalars.ts";
import { parseInput } from "../parse-input.ts";
import { z } from "zod";
import { RecordReviewArgs, recordReview } from "./record-review.ts";
import { calendarPath, createCalendarSubscription, listCalendarSubscriptions, revokeCalendarSubscription } from "./calendar-subscriptions.ts";

const AreaArgs = z.object({ areaId: EntityId });
const OptionalAreaArgs = z.object({ areaId: EntityId.nullish().transform((id) => id ?? null) });
const SubscriptionArgs = z.object({ id: Id });

function dateOf(value: unknown): string | null {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

export const registerResolvers: Resolvers = {
  BoardTermsOfReference: {
    lastReviewedOn: (item) => {
      const terms = (item as { termsOfReference?: Record<string, unknown> | null }).termsOfReference;
      if (!terms) return null;
      // A review without change records lastReviewedOn; otherwise the version's adoption is its last review.
      // validFrom is not used: for seeded terms it is only the date of the document that mentions them.
      const dates = [dateOf(terms.lastReviewedOn), dateOf(terms.adoptedOn)].filter((d): d is string => d !== null);
      return dates.sort().at(-1) ?? null;
    },
  },
  Query: {
    calendarFeed: async (_parent, args, { runner, config }) => {
      const { areaId } = parseInput(AreaArgs, args);
      const [found] = await runner.read("tor-review/find-area", { area: areaId });
      if (!found || found.id !== areaId) throw govError("GOV_NOT_FOUND", { kind: "area", id: areaId, path: ["areaId"] });
      return { areaId, path: calendarPath(areaId), needsSubscription: config.REQUIRE_AUTH_FOR_READ };
    },
    calendarSubscriptions: async (_parent, args, { runner, user }) => {
      requireRole(user, "editor", "calendarSubscriptions");
      return listCalendarSubscriptions(runner, parseInput(OptionalAreaArgs, args).areaId);
    },
  },
  Mutation: {
    recordTermsReview: async (_parent, args, { runner, user }) => recordReview(runner, parseInput(RecordReviewArgs, args), requireRole(user, "editor", "recordTermsReview")),
    createCalendarSubscription: async (_parent, args, { runner, user }) =>
      createCalendarSubscription(runner, requireRole(user, "editor", "createCalendarSubscription"), parseInput(AreaArgs, args).areaId),
    revokeCalendarSubscription: async (_parent, args, { runner, user }) =>
      revokeCalendarSubscription(runner, requireRole(user, "editor", "revokeCalendarSubscription"), parseInput(SubscriptionArgs, args).id),
  },
};
