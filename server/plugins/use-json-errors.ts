import type { FastifyError, FastifyInstance } from "fastify";
import { type ErrorCode, errorBody, messageOf } from "../errors.ts";

/** Fastify's own refusals, by HTTP status, as our codes. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "GOV_QUERY_INVALID",
  404: "GOV_ROUTE_NOT_FOUND",
  413: "GOV_BODY_TOO_LARGE",
  415: "GOV_UNSUPPORTED_MEDIA_TYPE",
  429: "GOV_RATE_LIMITED",
};

/** The body a refusal carries when it was built by one of our plugins (the rate limit, the concurrency cap). */
export interface CodedHttpError extends Error {
  statusCode: number;
  govCode: ErrorCode;
}

export function codedHttpError(statusCode: number, govCode: ErrorCode, message: string): CodedHttpError {
  return Object.assign(new Error(message), { statusCode, govCode });
}

function describeBodyError(error: FastifyError, status: number, contentType: string | undefined): string {
  if (status === 415) return messageOf("GOV_UNSUPPORTED_MEDIA_TYPE", { detail: `send the request as JSON (Content-Type: application/json), got ${contentType ? `"${contentType}"` : "none"}` });
  if (status === 413) return messageOf("GOV_BODY_TOO_LARGE", { detail: "send less; the limit is BODY_LIMIT_BYTES" });
  if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error.code === "FST_ERR_CTP_EMPTY_JSON_BODY") {
    return messageOf("GOV_QUERY_INVALID", { detail: "the request body is not valid JSON" });
  }
  return messageOf(CODE_BY_STATUS[status] ?? "GOV_QUERY_INVALID", { detail: error.message });
}

/**
 * Every HTTP answer that is an error is JSON with a message and one of our
 * codes (docs/errors.md), also where fastify answers before GraphQL runs:
 * unknown routes, bodies of the wrong type or size, bad JSON, rate limits.
 * Register before the routes.
 */
export function useJsonErrors(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    reply.status(404).send(errorBody("GOV_ROUTE_NOT_FOUND", messageOf("GOV_ROUTE_NOT_FOUND", { detail: `no ${request.method} ${path}` })));
  });
  app.setErrorHandler((error: FastifyError & Partial<CodedHttpError>, request, reply) => {
    const status = error.statusCode ?? 500;
    if (error.govCode) return reply.status(status).send(errorBody(error.govCode, error.message));
    const code = CODE_BY_STATUS[status];
    if (status >= 500 || !code) {
      request.log.error({ err: error }, "Unexpected error");
      return reply.status(status).send(error);
    }
    return reply.status(status).send(errorBody(code, describeBodyError(error, status, request.headers["content-type"])));
  });
}

/** Yoga's own 415 (a body that is not JSON, such as text/plain) comes with a null body; this is its JSON. */
export function unsupportedMediaTypeBody(contentType: string | undefined) {
  return errorBody(
    "GOV_UNSUPPORTED_MEDIA_TYPE",
    messageOf("GOV_UNSUPPORTED_MEDIA_TYPE", { detail: `send the request as JSON (Content-Type: application/json), got ${contentType ? `"${contentType}"` : "none"}` }),
  );
}
