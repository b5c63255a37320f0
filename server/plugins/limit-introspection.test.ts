import { getIntrospectionQuery } from "graphql";
import { createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { createSchema } from "../app.ts";
import { loadConfig } from "../config.ts";
import { INTROSPECTION_LIMITS } from "./limit-introspection.ts";
import { useGraphqlHardening } from "./use-graphql-hardening.ts";

/** Validation runs before any resolver: introspection needs no database. */
async function ask(query: string): Promise<{ data?: { __schema?: { types: unknown[] } }; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const yoga = createYoga({ schema: createSchema(), plugins: useGraphqlHardening(loadConfig({ NODE_ENV: "test" })), maskedErrors: false, logging: false });
  const response = await yoga.fetch("http://localhost/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return response.json() as never;
}

describe("the limits on introspection", () => {
  it("let GraphiQL's own introspection query through, with every option on", async () => {
    for (const query of [
      getIntrospectionQuery(),
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
    ]) {
      const answer = await ask(query);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.__schema?.types.length).toBeGreaterThan(20);
    }
  });

  it("refuse introspection nested deeper than that query", async () => {
    const deep = `{ __schema { types { fields { type { ${"ofType { ".repeat(20)} name ${"} ".repeat(20)} } } } } }`;
    const answer = await ask(deep);
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: "GOV_QUERY_LIMIT_EXCEEDED" } });
    expect(answer.errors?.[0]?.message).toMatch(new RegExp(`introspection depth limit of ${INTROSPECTION_LIMITS.depth} .* exceeded, found 25`));
  });

  it("refuse many aliased copies of __schema that together outgrow it, also through fragments", async () => {
    const copies = Array.from({ length: 12 }, (_, i) => `s${i}: __schema { ...Big }`).join(" ");
    const answer = await ask(`{ ${copies} } fragment Big on __Schema { types { name kind description fields { name description args { name description type { name kind ofType { name kind } } } type { name kind ofType { name kind ofType { name } } } } inputFields { name type { name } } } }`);
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: "GOV_QUERY_LIMIT_EXCEEDED" } });
    expect(answer.errors?.[0]?.message).toMatch(/introspection size limit of \d+ fields/);
  });

  it("still apply the alias limit to introspection", async () => {
    const copies = Array.from({ length: 16 }, (_, i) => `t${i}: __type(name: "Query") { name }`).join(" ");
    const answer = await ask(`{ ${copies} }`);
    expect(answer.errors?.map((error) => error.extensions?.code)).toContain("GOV_QUERY_LIMIT_EXCEEDED");
    expect(answer.errors?.map((error) => error.message).join(" ")).toMatch(/Aliases limit of 15 exceeded/);
  });
});
