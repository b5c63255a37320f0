import { describe, expect, it } from "vitest";
import { useEditingApp } from "../support/editing-app.ts";
import { graphSnapshot, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { graphql } from "../support/test-app.ts";

/**
 * One date range (1800-01-01 to 2200-12-31) and one set of text rules for
 * every way in: an edit, an import, the seed format. Refused with the field
 * path, and nothing written.
 */

const CREATE = /* GraphQL */ `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id name } }`;
const IMPORT = /* GraphQL */ `mutation ($content: String!) { importGraph(format: JSON, content: $content, dryRun: true) { committed problems { path message } } }`;
const source = { document: TEST_DOCUMENT, section: "5" };
const board = (overrides: Record<string, unknown> = {}) => ({
  id: "board-test-bounds",
  label: "Board",
  name: "Testshire Bounds Board",
  kind: "SAFEGUARDING_BOARD",
  areaId: "area-testshire",
  validFrom: "2016-04-01",
  sources: [source],
  ...overrides,
});

describe("dates and names at the edge", () => {
  const editing = useEditingApp("Bea Bounds");

  it("refuses a date outside 1800-2200 in an edit, naming the field, and writes nothing", async () => {
    const before = await graphSnapshot(editing.db.runner);
    for (const [field, value] of [
      ["validFrom", "0000-01-01"],
      ["validFrom", "1799-12-31"],
      ["validTo", "2201-01-01"],
    ] as const) {
      const answer = await graphql(editing.app, CREATE, { input: board({ [field]: value }) }, editing.editor);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath: ["input", field] });
      expect(answer.errors?.[0]?.message).toContain(`${value} is outside the dates the graph holds (1800-01-01 to 2200-12-31)`);
    }
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);
  });

  it("refuses a date outside the range in an import, with its path", async () => {
    const content = JSON.stringify({
      document: { file: "009_0123456789abcdef.txt", title: "Bounds", date: "2016-01-01" },
      nodes: [{ id: "board-test-import-bounds", label: "Board", name: "Import Bounds Board", kind: "SAFEGUARDING_BOARD", section: "1", validFrom: "0000-01-01" }],
    });
    const answer = await graphql<{ importGraph: { committed: boolean; problems: { path: string; message: string }[] } }>(editing.app, IMPORT, { content }, editing.editor);
    expect(answer.data?.importGraph.committed).toBe(false);
    expect(answer.data?.importGraph.problems).toContainEqual({
      path: "nodes[0].validFrom",
      message: "0000-01-01 is outside the dates the graph holds (1800-01-01 to 2200-12-31)",
    });
  });

  it("refuses names with a lone surrogate, a NUL, or nothing but zero-width characters; stores NFC", async () => {
    for (const [name, problem] of [
      ["Testshire \uD800 Board", /lone UTF-16 surrogate/],
      ["Testshire\u0000Board", /control character U\+0000/],
      ["\u200B\u200B\u2060", /must not be empty/],
    ] as const) {
      const answer = await graphql(editing.app, CREATE, { input: board({ name }) }, editing.editor);
      expect(answer.errors?.[0]?.extensions, JSON.stringify(name)).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath: ["input", "name"] });
      expect(answer.errors?.[0]?.message).toMatch(problem);
    }
    const stored = await graphql<{ createEntity: { name: string } }>(editing.app, CREATE, { input: board({ name: "Testshire Cafe\u0301 Board" }) }, editing.editor);
    expect(stored.errors).toBeUndefined();
    expect(stored.data?.createEntity.name).toBe("Testshire Caf\u00e9 Board");
  });
});
