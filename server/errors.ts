import { GraphQLError } from "graphql";

/**
 * Every error a client can see. Codes are stable: clients branch on them.
 * Anything thrown that is not built from this registry is masked by yoga as
 * "Unexpected error." and logged. Each code has a line in docs/errors.md.
 */
export const ERRORS = {
  GOV_INPUT_INVALID: { message: "Invalid input: {detail}" },
  GOV_NOT_FOUND: { message: "No {kind} with id \"{id}\"" },
  GOV_DB_UNAVAILABLE: { message: "The graph database is unavailable: {detail}" },
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
  GOV_MODERNGOV_HOST_REFUSED: { message: "ModernGov host refused: {detail}" },
  GOV_MODERNGOV_UNREACHABLE: { message: "ModernGov server unreachable: {detail}" },
  GOV_MODERNGOV_HTTP_ERROR: { message: "ModernGov server answered with an error: {detail}" },
  GOV_MODERNGOV_TIMEOUT: { message: "ModernGov server too slow: {detail}" },
  GOV_MODERNGOV_BAD_ANSWER: { message: "ModernGov answer unusable: {detail}" },
} as const satisfies Record<string, { message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface ErrorDetails {
  [key: string]: unknown;
  /** Where in the input the problem is, as a GraphQL/JSON path. */
  path?: (string | number)[];
}

function fill(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** Builds the GraphQLError for a registry code; `extensions.code` carries the code. */
export function govError(code: ErrorCode, values: ErrorDetails = {}): GraphQLError {
  const { path, ...rest } = values;
  return new GraphQLError(fill(ERRORS[code].message, rest), {
    extensions: { code, ...(path ? { fieldPath: path } : {}), ...pickScalars(rest) },
  });
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
