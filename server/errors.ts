import { GraphQLError } from "graphql";

/**
 * Every error a client can see. Codes are stable: clients branch on them.
 * Anything thrown that is not built from this registry is masked by yoga as
 * "Unexpected error." and logged. Each code has a line in docs/errors.md.
 */
export const ERRORS = {
  GOV_INPUT_INVALID: { message: "Invalid input: {detail}" },
  GOV_NOT_FOUND: { message: "No {kind} with id \"{id}\"" },
  // Never the driver's own text: it names the Bolt host and port. The detail goes to the log.
  GOV_DB_UNAVAILABLE: { message: "The graph database is unavailable; try again shortly", status: 503 },
  GOV_DB_QUERY_FAILED: { message: "The graph database refused query {query}: {detail}" },
  GOV_CONFLICT: { message: "{detail}" },
  GOV_UNAUTHENTICATED: { message: "Sign in to do this: {detail}" },
  GOV_FORBIDDEN: { message: "Not allowed: {detail}" },
  GOV_SEED_INVALID: { message: "{detail}" },
  GOV_DUPLICATE: { message: "Already exists: {detail}" },
  GOV_RELATIONSHIP_NOT_ALLOWED: { message: "The model does not allow this line: {detail}" },
  GOV_DATE_ORDER_INVALID: { message: "An end cannot come before its start: {detail}" },
  GOV_ALREADY_ENDED: { message: "Already ended: {detail}" },
  GOV_IMPORT_INVALID: { message: "Nothing was imported: {detail}" },
  GOV_QUERY_LIMIT_EXCEEDED: { message: "The query is too large: {detail}" },
  GOV_QUERY_INVALID: { message: "The GraphQL request is not valid: {detail}", status: 400 },
  GOV_QUERY_TIMEOUT: { message: "The graph database took longer than {timeoutMs} ms and the query was stopped", status: 503 },
  GOV_RATE_LIMITED: { message: "Too many requests: {detail}", status: 429 },
  GOV_BUSY: { message: "The service is busy with other large queries: {detail}", status: 503 },
  GOV_UNSUPPORTED_MEDIA_TYPE: { message: "Unsupported content type: {detail}", status: 415 },
  GOV_ROUTE_NOT_FOUND: { message: "Nothing here: {detail}", status: 404 },
  GOV_BODY_TOO_LARGE: { message: "The request body is too large: {detail}", status: 413 },
  GOV_CSRF_REQUIRED: { message: "Refused without the x-graphql-yoga-csrf header: {detail}" },
  GOV_SESSION_EXPIRED: { message: "Your session has ended; sign in again: {detail}" },
  GOV_SIGN_IN_FAILED: { message: "Sign-in did not complete: {detail}" },
  GOV_SIGN_IN_NOT_CONFIGURED: { message: "Sign-in is not set up on this service: {detail}" },
  GOV_ONE_TIME_LINK_REFUSED: { message: "This sign-in link cannot be used: {detail}" },
  GOV_DRAFT_TOO_LARGE: { message: "The document is too large: {detail}" },
  GOV_DRAFT_UNSUPPORTED_TYPE: { message: "This kind of file cannot be read: {detail}" },
  GOV_DRAFT_CORRUPT: { message: "The file cannot be read: {detail}" },
  GOV_DRAFT_ENCRYPTED: { message: "The PDF is encrypted: {detail}" },
  GOV_DRAFT_NO_TEXT_LAYER: { message: "The PDF has no text to read: {detail}" },
  GOV_DRAFT_DECIDED: { message: "Already decided: {detail}" },
  GOV_MODERNGOV_HOST_REFUSED: { message: "ModernGov host refused: {detail}" },
  GOV_MODERNGOV_UNREACHABLE: { message: "ModernGov server unreachable: {detail}" },
  GOV_MODERNGOV_HTTP_ERROR: { message: "ModernGov server answered with an error: {detail}" },
  GOV_MODERNGOV_TIMEOUT: { message: "ModernGov server too slow: {detail}" },
  GOV_MODERNGOV_BAD_ANSWER: { message: "ModernGov answer unusable: {detail}" },
  GOV_ROUND_CLOSED: { message: "This self-assessment round is closed: {detail}" },
  GOV_PARTNER_LINK_REFUSED: { message: "This partner link cannot be used: {detail}" },
  GOV_DB_ROW_INVALID: { message: "A row of query {query} does not match its schema at {field}: {detail}" },
} as const satisfies Record<string, { message: string; status?: number }>;

export type ErrorCode = keyof typeof ERRORS;

export interface ErrorDetails {
  [key: string]: unknown;
  /** Where in the input the problem is, as a GraphQL/JSON path. */
  path?: (string | number)[];
}

function fill(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** The HTTP status a code answers with when it is the reason a whole request failed; 200 for GraphQL errors otherwise. */
export function httpStatusOf(code: ErrorCode): number | undefined {
  const entry: { message: string; status?: number } = ERRORS[code];
  return entry.status;
}

/** The registry's message for a code, filled in (for HTTP answers that are not GraphQL errors). */
export function messageOf(code: ErrorCode, values: Record<string, unknown> = {}): string {
  return fill(ERRORS[code].message, values);
}

/**
 * Builds the GraphQLError for a registry code; `extensions.code` carries the code.
 * Codes with a status also carry `extensions.http`, which yoga turns into the
 * response's status and headers and leaves out of the body.
 */
export function govError(code: ErrorCode, values: ErrorDetails = {}, headers?: Record<string, string>): GraphQLError {
  const { path, ...rest } = values;
  const status = httpStatusOf(code);
  return new GraphQLError(fill(ERRORS[code].message, rest), {
    extensions: {
      code,
      ...(path ? { fieldPath: path } : {}),
      ...pickScalars(rest),
      ...(status ? { http: { status, ...(headers ? { headers } : {}) } } : {}),
    },
  });
}

/** The JSON body of an HTTP answer that is not a GraphQL result: readable as-is, and by GraphQL clients as `errors`. */
export function errorBody(code: ErrorCode, message: string): { code: ErrorCode; message: string; errors: { message: string; extensions: { code: ErrorCode } }[] } {
  return { code, message, errors: [{ message, extensions: { code } }] };
}

function pickScalars(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === "detail") continue;
    if (value === null || ["string", "number", "boolean"].includes(typeof value) || Array.isArray(value)) {
      out[key] = value;
    }
  }
  return out;
}
