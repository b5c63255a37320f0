import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ERRORS, type ErrorCode, messageOf } from "../errors.ts";

/** What graphql-js says when OverlappingFieldsCanBeMerged runs out of its comparison budget: true, but it names no limit. */
const VALIDATION_ABORTED = /^(Validation aborted\.|Too many validation errors, error limit reached\. Validation aborted\.)$/;

function isOurs(code: unknown): code is ErrorCode {
  return typeof code === "string" && code in ERRORS;
}

/** One error as the client will see it: always one of our codes, and a message that says what to change. */
function withOurCode(error: GraphQLError): GraphQLError {
  if (isOurs(error.extensions?.code)) return error;
  const aborted = VALIDATION_ABORTED.test(error.message);
  const code: ErrorCode = aborted ? "GOV_QUERY_LIMIT_EXCEEDED" : "GOV_QUERY_INVALID";
  const message = aborted
    ? messageOf("GOV_QUERY_LIMIT_EXCEEDED", {
        detail:
          "the operation repeats the same fields so often that checking them exceeds graphql-js's validation budget (500,000 field comparisons); ask for each field once",
      })
    : messageOf("GOV_QUERY_INVALID", { detail: error.message });
  // graphql-js's and yoga's own codes (GRAPHQL_VALIDATION_FAILED, BAD_REQUEST) and the parser's internals give way to ours.
  const { originalError: _internal, code: _theirs, ...extensions } = error.extensions ?? {};
  return new GraphQLError(message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: { ...extensions, code },
  });
}

/**
 * docs/errors.md promises that every error carries `extensions.code`: this
 * gives one of ours to the errors that graphql-js and yoga raise themselves
 * (syntax, validation, variables, bad request bodies), which carry none or their own.
 */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Symbol.asyncIterator in Object(result)) return;
      const results = Array.isArray(result) ? result : [result];
      let changed = false;
      const mapped = results.map((one) => {
        const errors = (one as { errors?: readonly unknown[] }).errors;
        if (!errors?.length) return one;
        changed = true;
        return {
          ...one,
          errors: errors.map((error) => (error instanceof GraphQLError ? withOurCode(error) : error)),
        };
      });
      if (changed) setResult((Array.isArray(result) ? mapped : mapped[0]) as typeof result);
    },
  };
}
