import { beforeAll, describe, expect, it } from "vitest";
import { jwtHeaders } from "../support/auth-headers.ts";
import { graphSnapshot, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { graphql } from "../support/test-app.ts";
import { useTestGraphApp } from "../support/test-graph-app.ts";

/** Text that would change a query built by concatenation; parameters must store it as it is. */
const INJECTIONS = [
  'x"}) DETACH DELETE n //',
  "' OR 1=1 --",
  "x'}) MATCH (m) DETACH DELETE m RETURN 1 //",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the point is text that looks like a placeholder
  "$(label) ${id} `Entity` \\u0027",
  "}]->(b) SET b.name = 'pwned' //",
];

describe("Cypher injection: hostile text is stored and read back as text, and changes nothing else", () => {
  const graph = useTestGraphApp();
  let editor: Record<string, string>;

  beforeAll(async () => {
    editor = await jwtHeaders("editor");
  });

  it("stores hostile names, aliases, descriptions, sections and props literally, and leaves every other node as it was", async () => {
    const before = await graphSnapshot(graph.db.runner);
    const [name, description, alias, section, prop] = INJECTIONS as [string, string, string, string, string];
    const created = await graphql<{ createEntity: Record<string, unknown> }>(
      graph.app,
      /* GraphQL */ `mutation Create($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
      {
        input: {
          id: "board-test-injection",
          label: "Board",
          name,
          description,
          aliases: [alias],
          validFrom: "2016-04-01",
          sources: [{ document: TEST_DOCUMENT, section }],
          props: [{ name: "quorumNote", text: prop }],
        },
      },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const read = await graphql<{ entity: Record<string, unknown> }>(
      graph.app,
      /* GraphQL */ `{ entity(id: "board-test-injection") { name description aliases sources { section } props { name text } } }`,
    );
    expect(read.data?.entity).toEqual({ name, description, aliases: [alias], sources: [{ section }], props: [{ name: "quorumNote", text: prop }] });
    const after = await graphSnapshot(graph.db.runner);
    expect(before.filter((line) => !after.includes(line))).toEqual([]);
    expect(after.filter((line) => line.includes('"labels":["Entity"') || line.includes('"labels":["Board"')).length).toBe(
      before.filter((line) => line.includes('"labels":["Entity"') || line.includes('"labels":["Board"')).length + 1,
    );
  });

  it.each([
    ["a label", { label: "Board) DETACH DELETE n //" }, ["input", "label"]],
    ["a label with a second label", { label: "Board:Admin" }, ["input", "label"]],
    ["an id", { id: 'board-x"}) DETACH DELETE n //' }, ["input", "id"]],
    ["a prop name", { props: [{ name: "x = 1 DETACH DELETE n //", text: "y" }] }, ["input", "props", 0, "name"]],
    ["a kind", { kind: "' OR 1=1 --" }, ["input", "kind"]],
  ])("refuses hostile text in %s, which names schema, not data, and writes nothing", async (_what, overrides, fieldPath) => {
    const before = await graphSnapshot(graph.db.runner);
    const answer = await graphql(
      graph.app,
      /* GraphQL */ `mutation Create($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
      { input: { id: "board-test-other", label: "Board", name: "Other", validFrom: "2016-04-01", sources: [{ document: TEST_DOCUMENT, section: "1" }], ...overrides } },
      editor,
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath });
    expect(await graphSnapshot(graph.db.runner)).toEqual(before);
  });

  it("refuses a hostile relationship type and finds nothing for a hostile id", async () => {
    const before = await graphSnapshot(graph.db.runner);
    const line = await graphql(
      graph.app,
      /* GraphQL */ `mutation { createRelationship(input: { type: "ACCOUNTABLE_TO]->() DETACH DELETE n //", from: "board-test-partnership", to: "board-test-hwb", validFrom: "2016-04-01", sources: [{ document: "${TEST_DOCUMENT}", section: "1" }] }) { key } }`,
      {},
      editor,
    );
    expect(line.errors?.[0]?.extensions).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath: ["input", "type"] });
    for (const id of INJECTIONS) {
      const found = await graphql(graph.app, /* GraphQL */ `query Find($id: ID!) { entity(id: $id) { id } history(entityId: $id) { id } }`, { id }, editor);
      expect(found).toEqual({ data: { entity: null, history: [] } });
    }
    expect(await graphSnapshot(graph.db.runner)).toEqual(before);
  });
});
