import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokenHeaders, createAuthTestApp, jwtHeaders, TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { graphSnapshot, loadTestGraph, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { connectTestDatabase, type TestDatabase } from "../support/test-database.ts";

const EXAMPLES = new URL("../../docs/examples/bad-inputs.md", import.meta.url);

interface Case {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  as?: "anonymous" | "viewer" | "editor" | "admin" | "revoked token" | "expired JWT";
  /** A raw body instead of a GraphQL request (the body-size limit). */
  rawBody?: string;
}

const src = { document: TEST_DOCUMENT, section: "5" };
const board = { id: "board-test-new", label: "Board", name: "New Board", kind: "FORUM", validFrom: "2016-04-01", sources: [src] };
const CREATE = "mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }";
const LINE = "mutation ($input: CreateRelationshipInput!) { createRelationship(input: $input) { key } }";
const line = { type: "ACCOUNTABLE_TO", from: "board-test-partnership", to: "board-test-hwb", validFrom: "2016-04-01", sources: [src] };
const nested = (levels: number) => `{ entity(id: "board-test-hwb") { ${"... on Board { ".repeat(levels)}id${" }".repeat(levels)} } }`;
const JSON_IMPORT = "mutation ($c: String!) { importGraph(format: JSON, content: $c) { problems { line column path message } } }";
const CSV_IMPORT = "mutation ($c: String!, $l: String) { importGraph(format: CSV, content: $c, lines: $l, document: { file: \"903_00000000000000cc.txt\", title: \"Register\", date: \"2017-03-01\" }) { problems { file line column path message } } }";

/** Every kind of bad input the editing job refuses, with what it answered. Each runs on the same small graph. */
const CASES: Case[] = [
  { title: "Unknown area id", query: CREATE, variables: { input: { ...board, areaId: "area-nowhere" } } },
  { title: "A date that is not on the calendar", query: CREATE, variables: { input: { ...board, validFrom: "2016-02-30" } } },
  { title: "An end before the start", query: CREATE, variables: { input: { ...board, validTo: "2015-12-31" } } },
  { title: "A label the model does not have", query: CREATE, variables: { input: { ...board, label: "Committee" } } },
  { title: "A kind the label does not take", query: CREATE, variables: { input: { ...board, kind: "COUNCIL" } } },
  { title: "An id without its label's prefix", query: CREATE, variables: { input: { ...board, id: "org-test-new" } } },
  { title: "A duplicate id", query: CREATE, variables: { input: { ...board, id: "board-test-hwb" } } },
  { title: "A citation of a document that is not loaded", query: CREATE, variables: { input: { ...board, sources: [{ document: "999_ffffffffffffffff.txt", section: "1" }] } } },
  { title: "A phone number in a description", query: CREATE, variables: { input: { ...board, description: "Ring 01245 430430" } } },
  { title: "A stale version (someone else changed it first)", query: 'mutation { a: updateEntity(id: "board-test-hwb", expectedVersion: 1, input: { description: "First" }) { version } b: updateEntity(id: "board-test-hwb", expectedVersion: 1, input: { description: "Second" }) { version } }' },
  { title: "Ending a node twice", query: 'mutation { a: endEntity(id: "board-test-partnership", expectedVersion: 1, validTo: "2019-01-01") { version } b: endEntity(id: "board-test-partnership", expectedVersion: 2, validTo: "2019-06-01") { version } }' },
  { title: "A line the model does not allow (a Person OVERSEEN_BY)", query: LINE, variables: { input: { ...line, type: "OVERSEEN_BY", from: "person-test-lead" } } },
  { title: "A line to a node that does not exist", query: LINE, variables: { input: { ...line, to: "board-nowhere" } } },
  { title: "A duplicate line", query: LINE, variables: { input: line } },
  { title: "A line from a node to itself", query: LINE, variables: { input: { ...line, to: "board-test-partnership" } } },
  { title: "Cypher in a name (stored as text)", query: `${CREATE.replace("{ id }", "{ id name }")}`, variables: { input: { ...board, name: 'x"}) DETACH DELETE n //' } } },
  { title: "Cypher in a label (refused)", query: CREATE, variables: { input: { ...board, label: "Board) DETACH DELETE n //" } } },
  { title: "Cypher in a relationship type (refused)", query: LINE, variables: { input: { ...line, type: "ACCOUNTABLE_TO]->() DETACH DELETE n //" } } },
  { title: "A mutation without signing in", query: CREATE, variables: { input: board }, as: "anonymous" },
  { title: "A mutation by a viewer", query: CREATE, variables: { input: board }, as: "viewer" },
  { title: "An editor issuing an API token", query: 'mutation { createApiToken(name: "x", role: ADMIN) { token } }', as: "editor" },
  { title: "A revoked API token", query: "{ me { name } }", as: "revoked token" },
  { title: "An expired JWT", query: "{ me { name } }", as: "expired JWT" },
  { title: "Too deep (16 levels of fragments)", query: nested(16) },
  { title: "Too many aliases", query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: documents { file }`).join(" ")} }` },
  { title: "Too many tokens", query: `{ documents { ${"file ".repeat(3000)}} }` },
  { title: "Too many directives", query: `{ documents { file ${"@include(if: true) ".repeat(51)}} }` },
  { title: "A body over 1 MiB", query: "", rawBody: JSON.stringify({ query: "{ documents { file } }", padding: "x".repeat(1_100_000) }) },
  {
    title: "A JSON import with problems (dry run)",
    query: JSON_IMPORT,
    variables: { c: '{\n  "document": { "file": "902_00000000000000bb.txt", "title": "Review", "date": "2017-01-10" },\n  "nodes": [\n    { "id": "board-test-cse", "label": "Board", "name": "CSE", "kind": "TEAM", "section": "2" }\n  ],\n  "relationships": [\n    { "type": "CHAIRS", "from": "board-test-cse", "to": "board-nowhere", "section": "2" }\n  ]\n}' },
  },
  {
    title: "A CSV import with problems (dry run)",
    query: CSV_IMPORT,
    variables: { c: "id,label,name,validFrom,section\nboard-test-cse,Board,CSE,2017-13-01,2\nperson-test-x,Persn,X,,2", l: "type,from,to,section\nLEADS,person-test-x,person-test-lead,2" },
  },
];

describe("bad inputs: what each returns (docs/examples/bad-inputs.md is written from this run)", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    db = await connectTestDatabase();
    app = await createAuthTestApp(db.runner);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it("answers every bad input with a coded error or a problem list, and the document shows each", async () => {
    const sections: string[] = [];
    for (const item of CASES) {
      await db.wipe();
      await loadTestGraph(db.runner);
      headers.viewer = await jwtHeaders("viewer", "Val Viewer");
      headers.editor = await jwtHeaders("editor", "Edith Editor");
      headers.admin = await jwtHeaders("admin", "Ada Admin");
      headers["revoked token"] = await revokedToken(db, app);
      headers["expired JWT"] = await expiredJwt();
      const before = item.title.includes("stored as text") ? [] : await graphSnapshot(db.runner);
      const who = item.as ?? "editor";
      const response = await app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json", ...(who === "anonymous" ? {} : headers[who]) },
        payload: item.rawBody ?? JSON.stringify({ query: item.query, variables: item.variables ?? {} }),
      });
      const answer = response.json() as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      const refused = (answer.errors?.length ?? 0) > 0 || response.statusCode !== 200 || JSON.stringify(answer.data).includes('"problems":[{');
      expect({ title: item.title, refused }).toEqual({ title: item.title, refused: !item.title.includes("stored as text") });
      if (before.length > 0 && !item.title.startsWith("A stale") && !item.title.startsWith("Ending")) expect(await graphSnapshot(db.runner)).toEqual(before);
      sections.push(describeCase(item, who, response.statusCode, answer));
    }
    const text = `# Bad inputs and what they return\n\nGenerated by \`test/integration/editing-bad-inputs.int.test.ts\` from real requests to the app over a real Neo4j (run it with \`UPDATE_EXAMPLES=1\` to rewrite this file). Each request runs against the same small graph (\`test/support/editing-fixture.ts\`), as the role named; a refused request writes nothing.\n\n${sections.join("\n")}`;
    if (process.env.UPDATE_EXAMPLES === "1" || !existsSync(EXAMPLES)) {
      mkdirSync(new URL(".", EXAMPLES), { recursive: true });
      writeFileSync(EXAMPLES, text);
    }
    expect(readFileSync(EXAMPLES, "utf8")).toBe(text);
  });
});

function describeCase(item: Case, who: string, status: number, answer: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }): string {
  const shorten = (value: string) => (value.length > 300 ? `${value.slice(0, 300)}… (${value.length} characters)` : value);
  const request = item.rawBody ? `POST /graphql with a body of ${item.rawBody.length} bytes` : shorten(item.query) + (item.variables ? `\nvariables: ${shorten(JSON.stringify(item.variables))}` : "");
  const shown = answer.errors
    ? answer.errors.map((error) => JSON.stringify({ message: error.message, ...error.extensions }, null, 1).replace(/\n\s*/g, " ")).join("\n")
    : JSON.stringify(answer.data ?? answer, null, 1).replace(/\n\s*/g, " ");
  return `## ${item.title}\n\nAs ${who}:\n\n\`\`\`graphql\n${request}\n\`\`\`\n\nHTTP ${status}:\n\n\`\`\`json\n${shorten(shown).length > 2000 ? shown.slice(0, 2000) : shown}\n\`\`\`\n`;
}

async function revokedToken(db: TestDatabase, app: FastifyInstance): Promise<Record<string, string>> {
  const token = await apiTokenHeaders(db.runner, "editor", "Old robot");
  const admin = await jwtHeaders("admin", "Ada Admin");
  const list = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json", ...admin }, payload: { query: "{ listApiTokens { id name } }" } });
  const id = (list.json() as { data: { listApiTokens: { id: string; name: string }[] } }).data.listApiTokens.find((t) => t.name === "Old robot")?.id;
  await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json", ...admin }, payload: { query: "mutation ($id: ID!) { revokeApiToken(id: $id) { id } }", variables: { id } } });
  return token;
}

async function expiredJwt(): Promise<Record<string, string>> {
  const token = await new SignJWT({ role: "admin", name: "Late Larry" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("larry")
    .setIssuedAt(1_700_000_000)
    .setExpirationTime(1_700_000_600)
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
  return { authorization: `Bearer ${token}` };
}
