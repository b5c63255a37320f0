import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { operationText } from "./operation-text.ts";
import { plainWords } from "./plain-words.ts";

/** An answer the client cannot use, with a sentence fit to show the user. */
export class ApiError extends Error {
  constructor(
    /** What the user reads. */
    readonly userMessage: string,
    /** The server's code (GOV_*), the HTTP status or NETWORK. */
    readonly code: string,
    /** The server's own wording, kept for the details disclosure. */
    readonly detail: string,
    /** Every error of the answer with the input field it names (extensions.fieldPath), for forms to show beside the field. */
    readonly problems: readonly ApiProblem[] = [],
  ) {
    super(userMessage);
    this.name = "ApiError";
  }
}

/** One error of an answer, as a form shows it. */
export interface ApiProblem {
  message: string;
  code: string;
  /** The input field named by the server, as a path (["input", "sources", 0, "section"]); empty when it names none. */
  fieldPath: readonly (string | number)[];
  /** Every other extension the server sent (currentVersion ...). */
  extensions: Readonly<Record<string, unknown>>;
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fieldPath?: unknown; [key: string]: unknown } }[];
}

/** The header yoga's CSRF prevention asks of every browser request: a cross-site form cannot set it. */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

/** Options for {@link createGraphqlClient}. */
export interface GraphqlClientOptions {
  /** Where the API is. @default "./graphql" (the server that served the page) */
  endpoint?: string;
  /** Replaceable for tests. @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** An operation without variables is called with none; any other with its variables, checked against the document. */
type VariablesArgument<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

/** Runs one generated document (client/generated/graphql.ts); its result and variable types come with it. */
export type GraphqlClient = <T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, ...variables: VariablesArgument<V>) => Promise<T>;

/** A function that runs one operation against /graphql and returns its data or throws an ApiError. */
export function createGraphqlClient(options: GraphqlClientOptions = {}): GraphqlClient {
  const endpoint = options.endpoint ?? "./graphql";
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return async <T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, ...[variables]: VariablesArgument<V>): Promise<T> => {
    const { operationName, query } = operationText(document);
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", [CSRF_HEADER]: "1" },
        // The session cookie goes with every request to the same origin, and never elsewhere.
        credentials: "same-origin",
        body: JSON.stringify({ operationName, query, variables: variables ?? {} }),
      });
    } catch (error) {
      throw new ApiError(plainWords("NETWORK"), "NETWORK", (error as Error).message);
    }
    let answer: GraphQLAnswer<T>;
    try {
      answer = (await response.json()) as GraphQLAnswer<T>;
    } catch {
      const code = `HTTP_${response.status}`;
      throw new ApiError(plainWords(code), code, `${response.status} ${response.statusText}`);
    }
    const first = answer.errors?.[0];
    if (first) {
      const code = first.extensions?.code ?? (response.ok ? "UNEXPECTED" : `HTTP_${response.status}`);
      const problems = answer.errors!.map((e) => ({
        message: e.message,
        code: e.extensions?.code ?? code,
        fieldPath: Array.isArray(e.extensions?.fieldPath) ? (e.extensions.fieldPath as (string | number)[]) : [],
        extensions: e.extensions ?? {},
      }));
      throw new ApiError(plainWords(code, first.message), code, answer.errors!.map((e) => e.message).join("; "), problems);
    }
    if (!answer.data) throw new ApiError(plainWords("EMPTY"), "EMPTY", "The answer held no data");
    return answer.data;
  };
}
