/**
 * The partner's HTTP routes, apart from GraphQL on purpose: a partner's cookie
 * opens these and nothing else, so a link can never read or change the graph.
 *
 *   POST /partner/session   {link}     exchange a link (once) for a short-lived cookie
 *   GET  /partner/questionnaire        the round, the statements, the partner's answers
 *   PUT  /partner/draft     {answers, comments}
 *   POST /partner/submit    {answers, comments}
 *
 * The token travels in a JSON body, never in a URL, so it is in no request log;
 * every answer says Referrer-Policy: no-referrer and is not cached.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { GraphQLError } from "graphql";
import type { ZodType } from "zod";
import { type ErrorCode, errorBody, govError } from "../../errors.ts";
import type { JobRouteDeps } from "../job-manifest.ts";
import { PartnerAnswers, PartnerLinkClaim } from "./inputs.ts";
import { claimPartnerLink, type PartnerWriteOutcome, readQuestionnaire, savePartnerDraft, submitPartnerAnswers } from "./partner-answers.ts";

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  GOV_INPUT_INVALID: 400,
  GOV_PARTNER_LINK_REFUSED: 401,
  GOV_ROUND_CLOSED: 409,
  GOV_SIGN_IN_NOT_CONFIGURED: 503,
};

function send(reply: FastifyReply, error: unknown) {
  if (!(error instanceof GraphQLError) || typeof error.extensions.code !== "string") throw error;
  const code = error.extensions.code as ErrorCode;
  const fieldPath = error.extensions.fieldPath;
  return reply.status(STATUS_OF[code] ?? 400).send({ ...errorBody(code, error.message), ...(fieldPath ? { fieldPath } : {}) });
}

function parseBody<T>(schema: ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const path = issue?.path.map((part) => (typeof part === "symbol" ? String(part) : part)) ?? [];
  const where = path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("").replace(/^\./, "");
  throw govError("GOV_INPUT_INVALID", { detail: `${where || "body"}: ${issue?.message ?? "not valid"}`, path });
}

/** Answers 409 when the round closed under the partner, with the draft that was kept. */
function outcome(reply: FastifyReply, result: PartnerWriteOutcome) {
  if (result.kind === "saved") return reply.send(result.questionnaire);
  const error = govError("GOV_ROUND_CLOSED", { detail: `it closed on ${result.closedOn}; your answers are kept as a draft, but can no longer be submitted` });
  return reply.status(409).send({ ...errorBody("GOV_ROUND_CLOSED", error.message), draftKept: true, questionnaire: result.questionnaire });
}

export function registerPartnerRoutes(app: FastifyInstance, { runner, config }: JobRouteDeps): void {
  const now = () => Date.now();

  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/partner")) {
      reply.header("referrer-policy", "no-referrer");
      reply.header("cache-control", "no-store");
    }
  });

  /** The invitation the request's partner cookie opens; refuses a missing or stale one. */
  const invitationOf = (request: FastifyRequest): string => {
    const partner = request.session?.get("partner");
    if (!partner) throw govError("GOV_PARTNER_LINK_REFUSED", { detail: "open the link you were sent again, or ask for a new one (your saved answers are kept)" });
    if (now() - partner.issuedAt > config.PARTNER_SESSION_MAX_AGE) {
      request.session.delete();
      throw govError("GOV_PARTNER_LINK_REFUSED", { detail: "this page was open too long and has closed; ask for a new link (your saved answers are kept)" });
    }
    return partner.invitationId;
  };

  app.post("/partner/session", { logLevel: "warn" }, async (request, reply) => {
    try {
      if (!request.session) throw govError("GOV_SIGN_IN_NOT_CONFIGURED", { detail: "partner links need SESSION_SECRET" });
      const { link } = parseBody(PartnerLinkClaim, request.body);
      const invitationId = await claimPartnerLink(runner, link);
      request.session.set("partner", { invitationId, issuedAt: now() });
      return reply.send(await readQuestionnaire(runner, invitationId));
    } catch (error) {
      return send(reply, error);
    }
  });

  app.get("/partner/questionnaire", async (request, reply) => {
    try {
      return reply.send(await readQuestionnaire(runner, invitationOf(request)));
    } catch (error) {
      return send(reply, error);
    }
  });

  app.put("/partner/draft", async (request, reply) => {
    try {
      const invitationId = invitationOf(request);
      return outcome(reply, await savePartnerDraft(runner, invitationId, parseBody(PartnerAnswers, request.body)));
    } catch (error) {
      return send(reply, error);
    }
  });

  app.post("/partner/submit", async (request, reply) => {
    try {
      const invitationId = invitationOf(request);
      return outcome(reply, await submitPartnerAnswers(runner, invitationId, parseBody(PartnerAnswers, request.body)));
    } catch (error) {
      return send(reply, error);
    }
  });
}
