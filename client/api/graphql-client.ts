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
  ) {
    super(userMessage);
    this.name = "ApiError";
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fieldPath?: unknown } }[];
}

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
        // The header tells the server a page of this site sent the request, not another site riding on the session cookie.
        headers: { "content-type": "application/json", accept: "application/json", "x-graphql-yoga-csrf": "1" },
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
      throw new ApiError(plainWords(code, first.message), code, answer.errors!.map((e) => e.message).join("; "));
    }
    if (!answer.data) throw new ApiError(plainWords("EMPTY"), "EMPTY", "The answer held no data");
    return answer.data;
  };
}
