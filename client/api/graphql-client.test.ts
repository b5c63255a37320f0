import { describe, expect, it } from "vitest";
import { ApiError, createGraphqlClient } from "./graphql-client.ts";
import { OPERATIONS } from "./operations.ts";
import { withFragments } from "./with-fragments.ts";

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
    await expect(client("Search", { text: "Neglect" })).resolves.toEqual({ search: [] });
    expect(sent).toMatchObject({ operationName: "Search", variables: { text: "Neglect" } });
    expect(sent?.query).toContain("fragment EntityBrief on Entity");
  });

  it("says in plain words that the service cannot be reached", async () => {
    const client = createGraphqlClient({
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    const error = await failure(client("AppStart"));
    expect(error.code).toBe("NETWORK");
    expect(error.userMessage).toMatch(/could not be reached/);
  });

  it("turns a coded input error into a sentence naming what was wrong", async () => {
    const client = createGraphqlClient({
      fetch: fakeFetch(200, { errors: [{ message: "Invalid input: asOf must be a date", extensions: { code: "GOV_INPUT_INVALID" } }] }),
    });
    const error = await failure(client("ReportingLines", { asOf: "2016-02-30" }));
    expect(error.userMessage).toBe("That request could not be answered because part of it is not valid: asOf must be a date.");
  });

  it("hides a masked server error behind a sentence, and a broken gateway too", async () => {
    const masked = await failure(createGraphqlClient({ fetch: fakeFetch(200, { errors: [{ message: "Unexpected error." }] }) })("AppStart"));
    expect(masked.userMessage).toMatch(/Something went wrong on the server/);
    const gateway = await failure(createGraphqlClient({ fetch: fakeFetch(502, "<html>Bad gateway</html>") })("AppStart"));
    expect(gateway.code).toBe("HTTP_502");
    expect(gateway.userMessage).toMatch(/problem answering/);
  });
});

describe("withFragments", () => {
  const library = /* GraphQL */ `
    fragment A on Entity { id ...B }
    # a comment mentioning ...C
    fragment B on Entity { name }
    fragment C on Entity { label }
  `;

  it("adds the fragments an operation spreads and theirs, and no others", () => {
    const text = withFragments("query Q { entity(id: 1) { ...A ... on Board { id } } }", library);
    expect(text).toContain("fragment A on Entity");
    expect(text).toContain("fragment B on Entity");
    expect(text).not.toContain("fragment C");
  });

  it("gives every operation a document with each fragment it needs", () => {
    for (const [name, text] of Object.entries(OPERATIONS)) {
      const defined = new Set([...text.matchAll(/fragment (\w+) on/g)].map((m) => m[1]));
      const spread = new Set([...text.matchAll(/\.\.\.(\w+)/g)].map((m) => m[1]).filter((n) => n !== "on"));
      expect([...spread].filter((n) => !defined.has(n)), name).toEqual([]);
      expect([...defined].filter((n) => !spread.has(n)), name).toEqual([]);
    }
  });
});
