/**
 * GET /calendar/terms-of-reference.ics?area=<area id>[&token=<subscription token>]:
 * the area's review dates for calendar clients. Errors answer JSON with a code
 * from the registry, as GraphQL does, since a person reads them when a
 * subscription fails to add.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { type ErrorCode, errorBody, govError } from "../../errors.ts";
import { today } from "../../graph/clock.ts";
import { DEFAULT_DUE_WITHIN_DAYS } from "../../graph/review-status.ts";
import type { JobRouteDeps } from "../job-manifest.ts";
import { calendarFeed } from "./calendar-feed.ts";
import { areaOfCalendarToken } from "./calendar-subscriptions.ts";
import { reviewBoards } from "./review-boards.ts";

export const CALENDAR_ROUTE = "/calendar/terms-of-reference.ics";

const FeedQuery = z.object({
  area: z.string().trim().min(1, "must name an area id, e.g. ?area=area-essex").max(200),
  token: z.string().max(200).optional(),
});

function refuse(reply: FastifyReply, status: number, code: ErrorCode, values: Record<string, unknown>) {
  const error = govError(code, values);
  return reply.status(status).type("application/json; charset=utf-8").send(errorBody(code, error.message));
}

export function registerCalendarRoute(app: FastifyInstance, { runner, config, authenticate }: JobRouteDeps): void {
  app.get(CALENDAR_ROUTE, {
    // The URL may carry a subscription token: keep the request out of the info-level request log.
    logLevel: "warn",
    handler: async (request, reply) => {
      reply.header("referrer-policy", "no-referrer");
      const parsed = FeedQuery.safeParse(request.query);
      if (!parsed.success) {
        const detail = parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`).join("; ");
        return refuse(reply, 400, "GOV_INPUT_INVALID", { detail });
      }
      const { area, token } = parsed.data;
      if (token !== undefined) {
        const tokenArea = await areaOfCalendarToken(runner, token);
        if (tokenArea === null) return refuse(reply, 401, "GOV_UNAUTHENTICATED", { detail: "this calendar subscription is unknown or was revoked; ask for a new subscription link" });
        if (tokenArea !== area) return refuse(reply, 403, "GOV_FORBIDDEN", { detail: `this subscription link is for ${tokenArea}, not ${area}` });
      } else if (config.REQUIRE_AUTH_FOR_READ) {
        let user = null;
        try {
          user = await authenticate(request.headers.authorization);
        } catch (error) {
          return refuse(reply, 401, "GOV_UNAUTHENTICATED", { detail: error instanceof Error ? error.message : "the credential was refused" });
        }
        if (!user) return refuse(reply, 401, "GOV_UNAUTHENTICATED", { detail: "calendar feeds need a subscription link from the terms-of-reference register" });
      }
      const asOf = today();
      const result = await runner.readTransaction(async (tx) => {
        const [found] = await tx.run("tor-review/find-area", { area });
        if (!found || found.id !== area) return null;
        return { area: found, items: await reviewBoards(tx, { asOf, dueWithinDays: DEFAULT_DUE_WITHIN_DAYS, area: found.id, boardId: null }) };
      });
      if (!result) return refuse(reply, 404, "GOV_NOT_FOUND", { kind: "area", id: area });
      const origin = `${request.protocol}://${request.host}`;
      const text = calendarFeed(result.items, { areaName: result.area.name, registerUrl: `${origin}/register.html?area=${encodeURIComponent(area)}`, now: new Date() });
      return reply
        .type("text/calendar; charset=utf-8")
        .header("content-disposition", `inline; filename="terms-of-reference-${area}.ics"`)
        .header("cache-control", "private, max-age=0, must-revalidate")
        .send(text);
    },
  });
}
