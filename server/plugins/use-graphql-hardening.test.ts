import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { createSchema } from "../app.ts";
import { loadConfig } from "../config.ts";
import { useGraphqlHardening } from "./use-graphql-hardening.ts";

const CLIENT = fileURLToPath(new URL("../../client/", import.meta.url));

/** Every operation the browser client sends, with the fragments it uses. */
function clientOperations(): { file: string; text: string }[] {
  const files = (readdirSync(CLIENT, { recursive: true }) as string[]).filter((file) => file.endsWith(".graphql") && !file.includes("node_modules"));
  const texts = files.map((file) => ({ file, text: readFileSync(`${CLIENT}${file}`, "utf8") }));
  const fragments = texts.filter(({ text }) => /^\s*fragment /m.test(text) && !/^\s*(query|mutation) /m.test(text));
  return texts
    .filter(({ text }) => /^\s*(query|mutation)\b/m.test(text))
    .map(({ file, text }) => ({ file, text: [text, ...fragments.map((fragment) => fragment.text)].join("\n") }));
}

/** The client's operations that the limits of `env` refuse, with the reason. */
async function refusedOperations(env: Record<string, string>): Promise<string[]> {
  // Validation runs before any resolver, so a context without a database shows whether the limits let an operation through.
  const yoga = createYoga({ schema: createSchema(), plugins: useGraphqlHardening(loadConfig(env)), maskedErrors: false, logging: false });
  const refused: string[] = [];
  for (const { file, text } of clientOperations()) {
    const response = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: text }),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    for (const error of body.errors ?? []) if (error.extensions?.code === "GOV_QUERY_LIMIT_EXCEEDED") refused.push(`${file}: ${error.message}`);
  }
  return refused;
}

describe("useGraphqlHardening", () => {
  it("lets every operation of the browser client through the default limits", async () => {
    expect(clientOperations().length).toBeGreaterThan(0);
    expect(await refusedOperations({})).toEqual([]);
  });

  it("would refuse them under tighter limits, so the check above checks something", async () => {
    expect((await refusedOperations({ GRAPHQL_MAX_DEPTH: "3" })).length).toBeGreaterThan(0);
  });
});
