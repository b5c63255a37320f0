import { describe, expect, it } from "vitest";
import { AppStartDocument, ReportingLinesDocument, SearchDocument } from "../generated/graphql.ts";
import { ApiError, createGraphqlClient } from "./graphql-client.ts";

function fakeFetch(status: number, body: unknown): typeof fetch {
  return async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
}

describe("graphql client", () => {
  it("sends the named operation with its variables and returns the data", async () => {
    let sent: { operationName: string; query: string; variables: unknown } | undefined;
    const client = createGraphqlClient({
      fetch: async (_url, init) => {
        sent = JSON.parse(String(init?.body));
        return new Response(JSON.stringify({ data: { search: [] } }));
      },
    });
    await expect(client(SearchDocument, { text: "Neglect" })).resolves.toEqual({ search: [] });
    expect(sent).toMatchObject({ operationName: "Search", variables: { text: "Neglect" } });
    expect(sent?.query).toContain("fragment EntityBrief on Entity");
  });

  it("takes the variables its document declares, as the type checker sees to", async () => {
    const client = createGraphqlClient({ fetch: fakeFetch(200, { data: { search: [] } }) });
    // @ts-expect-error Search has no variable "txt": a misspelt variable fails the type check.
    await expect(client(SearchDocument, { txt: "Neglect" })).resolves.toEqual({ search: [] });
    // @ts-expect-error Search needs its text.
    await expect(client(SearchDocument)).resolves.toEqual({ search: [] });
  });

  it("says in plain words that the service cannot be reached", async () => {
    const client = createGraphqlClient({
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    const error = await failure(client(AppStartDocument));
    expect(error.code).toBe("NETWORK");
    expect(error.userMessage).toMatch(/could not be reached/);
  });

  it("turns a coded input error into a sentence naming what was wrong", async () => {
    const client = createGraphqlClient({
      fetch: fakeFetch(200, { errors: [{ message: "Invalid input: asOf must be a date", extensions: { code: "GOV_INPUT_INVALID" } }] }),
    });
    const error = await failure(client(ReportingLinesDocument, { asOf: "2016-02-30" }));
    expect(error.userMessage).toBe("That request could not be answered because part of it is not valid: asOf must be a date.");
  });

  it("hides a masked server error behind a sentence, and a broken gateway too", async () => {
    const masked = await failure(createGraphqlClient({ fetch: fakeFetch(200, { errors: [{ message: "Unexpected error." }] }) })(AppStartDocument));
    expect(masked.userMessage).toMatch(/Something went wrong on the server/);
    const gateway = await failure(createGraphqlClient({ fetch: fakeFetch(502, "<html>Bad gateway</html>") })(AppStartDocument));
    expect(gateway.code).toBe("HTTP_502");
    expect(gateway.userMessage).toMatch(/problem answering/);
  });
});

describe("graphql client in a signed-in browser", () => {
  it("sends the session cookie to its own origin only, with the CSRF header", async () => {
    let init: RequestInit | undefined;
    const client = createGraphqlClient({
      fetch: async (_url, sent) => {
        init = sent;
        return new Response(JSON.stringify({ data: { search: [] } }));
      },
    });
    await client(SearchDocument, { text: "HWB" });
    expect(init?.credentials).toBe("same-origin");
    expect(new Headers(init?.headers).get("x-graphql-yoga-csrf")).toBe("1");
  });

  it("keeps every error's field path, for a form to show beside its field", async () => {
    const client = createGraphqlClient({
      fetch: fakeFetch(200, { errors: [{ message: "Invalid input: input.name: must not be empty", extensions: { code: "GOV_INPUT_INVALID", fieldPath: ["input", "name"] } }] }),
    });
    const error = await failure(client(SearchDocument, { text: "x" }));
    expect(error.problems).toEqual([{ message: "Invalid input: input.name: must not be empty", code: "GOV_INPUT_INVALID", fieldPath: ["input", "name"], extensions: { code: "GOV_INPUT_INVALID", fieldPath: ["input", "name"] } }]);
  });
});
