
import { useEditingApp } from "../support/editing-app.ts";
import { describe, expect, it } from "vitest";
import { graphSnapshot, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { graphql } from "../support/test-app.ts";

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateRelationshipInput!) {
    createRelationship(input: $input) { key type from to validFrom validTo version description sources { document section } props { name text } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($key: RelationshipKeyInput!, $expectedVersion: Int!, $input: UpdateRelationshipInput!) {
    updateRelationship(key: $key, expectedVersion: $expectedVersion, input: $input) { key validFrom validTo description version }
  }
`;
const END = /* GraphQL */ `
  mutation End($key: RelationshipKeyInput!, $expectedVersion: Int!, $validTo: Date!) {
    endRelationship(key: $key, expectedVersion: $expectedVersion, validTo: $validTo) { key validTo version }
  }
`;

const sources = [{ document: TEST_DOCUMENT, section: "4" }];
const overseen = (overrides: Record<string, unknown> = {}) => ({
  type: "OVERSEEN_BY",
  from: "strategy-test-neglect",
  to: "board-test-hwb",
  validFrom: "2016-04-01",
  sources,
  ...overrides,
});
const accountable = { type: "ACCOUNTABLE_TO", from: "board-test-partnership", to: "board-test-hwb" };

describe("editing relationships: the model's rules, versions and history", () => {
  const editing = useEditingApp("Edith Editor");

  it("draws a line the model allows, at version 1", async () => {
    const answer = await graphql<{ createRelationship: Record<string, unknown> }>(
      editing.app,
      CREATE,
      { input: overseen({ description: "Annual report to the board.", props: [{ name: "reportingCycle", text: "annual" }] }) },
      editing.editor,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.createRelationship).toEqual({
      key: "OVERSEEN_BY:strategy-test-neglect->board-test-hwb",
      type: "OVERSEEN_BY",
      from: "strategy-test-neglect",
      to: "board-test-hwb",
      validFrom: "2016-04-01",
      validTo: null,
      version: 1,
      description: "Annual report to the board.",
      sources: [{ document: TEST_DOCUMENT, section: "4" }],
      props: [{ name: "reportingCycle", text: "annual" }],
    });
  });

  it.each([
    ["a type the model lacks", { type: "OVERSEES" }, "GOV_INPUT_INVALID", ["input", "type"]],
    ["an end that does not exist", { to: "board-nowhere" }, "GOV_NOT_FOUND", ["input", "to"]],
    ["a start that does not exist", { from: "strategy-nowhere" }, "GOV_NOT_FOUND", ["input", "from"]],
    ["a start the type does not allow (a Person OVERSEEN_BY)", { from: "person-test-lead" }, "GOV_RELATIONSHIP_NOT_ALLOWED", ["input", "from"]],
    ["an end the type does not allow (OVERSEEN_BY a Person)", { to: "person-test-lead" }, "GOV_RELATIONSHIP_NOT_ALLOWED", ["input", "to"]],
    ["a line from a node to itself", { type: "ACCOUNTABLE_TO", from: "board-test-hwb", to: "board-test-hwb" }, "GOV_RELATIONSHIP_NOT_ALLOWED", ["input", "to"]],
    ["REPLACES between different labels", { type: "REPLACES", from: "strategy-test-neglect", to: "board-test-hwb" }, "GOV_RELATIONSHIP_NOT_ALLOWED", ["input", "to"]],
    ["a line that exists", { type: "ACCOUNTABLE_TO", from: "board-test-partnership", to: "board-test-hwb" }, "GOV_DUPLICATE", ["input"]],
    ["an end before the start", { validFrom: "2016-04-01", validTo: "2016-03-31" }, "GOV_DATE_ORDER_INVALID", ["input", "validTo"]],
    ["a date that is not a date", { validFrom: "01/04/2016" }, "GOV_INPUT_INVALID", ["input", "validFrom"]],
  ])("refuses %s with a coded error naming the field, and writes nothing", async (_what, overrides, code, fieldPath) => {
    const before = await graphSnapshot(editing.db.runner);
    const answer = await graphql(editing.app, CREATE, { input: overseen(overrides) }, editing.editor);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code, fieldPath });
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);
  });

  it("updates a line the seed loader drew, then refuses a stale version with GOV_CONFLICT", async () => {
    const updated = await graphql<{ updateRelationship: Record<string, unknown> }>(
      editing.app,
      UPDATE,
      { key: accountable, expectedVersion: 1, input: { description: "Reports twice a year." } },
      editing.editor,
    );
    expect(updated.data?.updateRelationship).toEqual({
      key: "ACCOUNTABLE_TO:board-test-partnership->board-test-hwb",
      validFrom: "2016-04-01",
      validTo: null,
      description: "Reports twice a year.",
      version: 2,
    });
    const before = await graphSnapshot(editing.db.runner);
    const stale = await graphql(editing.app, UPDATE, { key: accountable, expectedVersion: 1, input: { description: "Lost update" } }, editing.editor);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "GOV_CONFLICT", currentVersion: 2, expectedVersion: 1 });
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);
  });

  it("ends a line, keeps it, shows it in the history of both ends, and refuses to end it twice", async () => {
    const ended = await graphql<{ endRelationship: Record<string, unknown> }>(editing.app, END, { key: accountable, expectedVersion: 1, validTo: "2019-06-30" }, editing.editor);
    expect(ended.data?.endRelationship).toEqual({ key: "ACCOUNTABLE_TO:board-test-partnership->board-test-hwb", validTo: "2019-06-30", version: 2 });
    for (const id of ["board-test-partnership", "board-test-hwb"]) {
      const history = await graphql<{ history: { action: string; relationshipKey: string; before: string; after: string }[] }>(
        editing.app,
        /* GraphQL */ `query History($id: ID!) { history(entityId: $id) { action relationshipKey before after } }`,
        { id },
        editing.editor,
      );
      const [entry] = history.data?.history ?? [];
      expect(entry).toMatchObject({ action: "endRelationship", relationshipKey: "ACCOUNTABLE_TO:board-test-partnership->board-test-hwb" });
      const before = JSON.parse(entry?.before ?? "{}");
      expect(before).toMatchObject({ version: 1 });
      expect(before).not.toHaveProperty("validTo");
      expect(JSON.parse(entry?.after ?? "{}")).toMatchObject({ validTo: "2019-06-30", version: 2 });
    }
    const again = await graphql(editing.app, END, { key: accountable, expectedVersion: 2, validTo: "2020-01-01" }, editing.editor);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "GOV_ALREADY_ENDED", validTo: "2019-06-30" });
    const duplicate = await graphql(editing.app, CREATE, { input: { ...accountable, validFrom: "2020-01-01", sources } }, editing.editor);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("GOV_DUPLICATE");
    const reopened = await graphql<{ updateRelationship: { validTo: string | null; version: number } }>(
      editing.app,
      UPDATE,
      { key: accountable, expectedVersion: 2, input: { validTo: null } },
      editing.editor,
    );
    expect(reopened.data?.updateRelationship).toMatchObject({ validTo: null, version: 3 });
  });

  it("refuses to end a line before it started, or one that does not exist", async () => {
    const early = await graphql(editing.app, END, { key: accountable, expectedVersion: 1, validTo: "2000-01-01" }, editing.editor);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "GOV_DATE_ORDER_INVALID", fieldPath: ["validTo"] });
    const missing = await graphql(editing.app, END, { key: { ...accountable, type: "REPORTS_TO" }, expectedVersion: 1, validTo: "2020-01-01" }, editing.editor);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["key"] });
  });
});
