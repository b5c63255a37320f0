import { describe, expect, it } from "vitest";
import { createAuthTestApp, jwtHeaders } from "../support/auth-headers.ts";
import { graphql } from "../support/test-app.ts";
import { useTestGraphApp } from "../support/test-graph-app.ts";

const codeOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions?.code ?? "OK";

/** `{ entity(id: …) { ... on Board { ... on Board { … id } } } }`, `levels` inline fragments deep. */
function nested(levels: number): string {
  return `{ entity(id: "board-test-hwb") { ${"... on Board { ".repeat(levels)}id${" }".repeat(levels)} } }`;
}

describe("GraphQL hardening: limits on what one operation may ask for", () => {
  const graph = useTestGraphApp();

  it("refuses an operation deeper than GRAPHQL_MAX_DEPTH (15 by default) and answers one within it", async () => {
    expect(codeOf(await graphql(graph.app, nested(12)))).toBe("OK");
    const deep = await graphql(graph.app, nested(20));
    expect(deep.errors?.map((error) => error.extensions?.code)).toContain("GOV_QUERY_LIMIT_EXCEEDED");
    expect(deep.errors?.map((error) => error.message).join("\n")).toMatch(/depth limit of 15 exceeded, found 22/);
    expect(deep.data ?? null).toBeNull();
  });

  it("refuses more aliases than GRAPHQL_MAX_ALIASES (15 by default)", async () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: documents { file }`).join(" ")} }`;
    expect(codeOf(await graphql(graph.app, aliases(15)))).toBe("OK");
    const many = await graphql(graph.app, aliases(16));
    expect(many.errors?.[0]?.extensions?.code).toBe("GOV_QUERY_LIMIT_EXCEEDED");
    expect(many.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded, found 16/);
  });

  it("refuses an operation of more tokens than GRAPHQL_MAX_TOKENS (3000 by default), before parsing it all", async () => {
    const long = `{ documents { ${"file ".repeat(3000)} } }`;
    const answer = await graphql(graph.app, long);
    expect(answer.errors?.[0]?.extensions?.code).toBe("GOV_QUERY_LIMIT_EXCEEDED");
    expect(answer.errors?.[0]?.message).toMatch(/Token limit of 3000 exceeded/);
  });

  it("refuses more directives than GRAPHQL_MAX_DIRECTIVES (50 by default)", async () => {
    const answer = await graphql(graph.app, `{ documents { file ${"@include(if: true) ".repeat(51)} } }`);
    expect(answer.errors?.[0]?.extensions?.code).toBe("GOV_QUERY_LIMIT_EXCEEDED");
    expect(answer.errors?.[0]?.message).toMatch(/Directives limit of 50 exceeded/);
  });

  it("refuses an operation whose estimated cost exceeds GRAPHQL_MAX_COST", async () => {
    // graphql-armor's estimate: each field costs 1 (2 with a selection), and half again more with every level.
    const wide = (levels: number) =>
      `{ entity(id: "board-test-hwb") { ${"... on Board { id name kind label aliases areaId description ambiguity validFrom validTo version sources { document section date } props { name text number flag date } ".repeat(levels)}id${" }".repeat(levels)} } }`;
    const strict = await createAuthTestApp(graph.db.runner, { GRAPHQL_MAX_COST: "5000" });
    try {
      expect(codeOf(await graphql(strict, wide(5)))).toBe("OK");
      const costly = await graphql(strict, wide(12));
      expect(costly.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        ["GOV_QUERY_LIMIT_EXCEEDED", "The query is too large: Query Cost limit of 5000 exceeded, found 16611.777587890625."],
      ]);
      expect(costly.data ?? null).toBeNull();
    } finally {
      await strict.close();
    }
  });

  it("refuses a request body larger than BODY_LIMIT_BYTES (1 MiB by default) with 413, before GraphQL sees it", async () => {
    const editor = await jwtHeaders("editor");
    const big = "x".repeat(1_100_000);
    const response = await graph.app.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json", ...editor },
      payload: JSON.stringify({ query: "mutation($c: String!) { importGraph(format: JSON, content: $c) { dryRun } }", variables: { c: big } }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: "GOV_BODY_TOO_LARGE", errors: [{ extensions: { code: "GOV_BODY_TOO_LARGE" } }] });
    const small = await createAuthTestApp(graph.db.runner, { BODY_LIMIT_BYTES: "2048" });
    try {
      const refused = await small.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: JSON.stringify({ query: `{ documents { file } } # ${"y".repeat(3000)}` }) });
      expect(refused.statusCode).toBe(413);
      const fine = await small.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: JSON.stringify({ query: "{ documents { file } }" }) });
      expect(fine.statusCode).toBe(200);
    } finally {
      await small.close();
    }
  });

  it("turns introspection and field suggestions off when INTROSPECTION is false (the production default)", async () => {
    expect(codeOf(await graphql(graph.app, /* GraphQL */ `{ __schema { queryType { name } } }`))).toBe("OK");
    const closed = await createAuthTestApp(graph.db.runner, { INTROSPECTION: "false" });
    try {
      const schema = await graphql(closed, /* GraphQL */ `{ __schema { queryType { name } } }`);
      expect(schema.errors?.[0]?.message).toMatch(/introspection has been disabled/);
      const typo = await graphql(closed, /* GraphQL */ `{ documnts { file } }`);
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await closed.close();
    }
  });
});
