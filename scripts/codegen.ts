// Generates TypeScript types from schema.graphql: resolver types for the
// server and operation types for the client, so that no type is written twice.
// Usage: npm run codegen (CI runs it with --check and fails on any difference).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { codegen } from "@graphql-codegen/core";
import * as typescriptPlugin from "@graphql-codegen/typescript";
import * as operationsPlugin from "@graphql-codegen/typescript-operations";
import * as resolversPlugin from "@graphql-codegen/typescript-resolvers";
import * as typedDocumentNodePlugin from "@graphql-codegen/typed-document-node";
import { buildSchema, parse, printSchema } from "graphql";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const schema = parse(printSchema(buildSchema(readFileSync(`${root}schema.graphql`, "utf8"))));
const header = "// Generated from schema.graphql by scripts/codegen.ts. Do not edit: run `npm run codegen`.\n";
const scalars = { Date: "string" };
const ENTITY_TYPES = ["Area", "Board", "Organisation", "Person", "Role", "Strategy", "Priority", "Outcome", "Objective", "AreaOfFocus", "TermsOfReference", "HealthCheck"];

const serverTypes = await codegen({
  filename: "server/generated/graphql.ts",
  schema,
  documents: [],
  config: {
    scalars,
    contextType: "../context.ts#GraphContext",
    useTypeImports: true,
    enumsAsTypes: true,
    avoidOptionals: false,
    // Resolvers return parsed records; GraphQL picks the fields it needs from them.
    mappers: Object.fromEntries(
      ["Entity", ...ENTITY_TYPES].map((type) => [type, "../domain/entity-record.ts#EntityRecord"]),
    ),
  },
  plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
  pluginMap: { typescript: typescriptPlugin, typescriptResolvers: resolversPlugin },
});

// Client operations live in client/**/*.graphql (Node 20 has no fs.globSync yet).
const documentFiles = (readdirSync(`${root}client`, { recursive: true }) as string[])
  .filter((file) => file.endsWith(".graphql") && !file.includes("node_modules"))
  .sort()
  .map((file) => `client/${file}`);
// Each operation becomes a typed document (its result and variable types attached, the fragments
// it spreads inlined), so the client sends a document and gets its types without naming either.
const clientTypes = await codegen({
  filename: "client/generated/graphql.ts",
  schema,
  documents: documentFiles.map((file) => ({ location: file, document: parse(readFileSync(`${root}${file}`, "utf8")) })),
  config: { scalars, useTypeImports: true, enumsAsTypes: true, onlyOperationTypes: true, preResolveTypes: true, documentMode: "documentNode" },
  // typescript-operations (v6) emits the enums and inputs the operations use; adding the typescript plugin would emit them twice.
  plugins: [{ typescriptOperations: {} }, { typedDocumentNode: {} }],
  pluginMap: { typescriptOperations: operationsPlugin, typedDocumentNode: typedDocumentNodePlugin },
});

const outputs: Record<string, string> = {
  ...(await import("./generate-query-names.ts")).generateQueryNames(),
  "server/generated/graphql.ts": header + serverTypes,
  "client/generated/graphql.ts": header.replace("schema.graphql", "schema.graphql and client/**/*.graphql") + clientTypes,
};
const check = process.argv.includes("--check");
let stale = false;
for (const [file, text] of Object.entries(outputs)) {
  const path = `${root}${file}`;
  const current = existsSync(path) ? readFileSync(path, "utf8") : "";
  if (current === text) continue;
  if (check) {
    console.error(`${file} is out of date with schema.graphql: run npm run codegen`);
    stale = true;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${file}`);
  }
}
if (stale) process.exit(1);
