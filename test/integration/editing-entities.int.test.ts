
import { useEditingApp } from "../support/editing-app.ts";
import { describe, expect, it } from "vitest";
import { apiTokenHeaders, } from "../support/auth-headers.ts";
import { graphSnapshot, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { graphql } from "../support/test-app.ts";

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateEntityInput!) {
    createEntity(input: $input) { id label name kind areaId validFrom validTo version aliases sources { document section date } props { name text date } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $expectedVersion: Int!, $input: UpdateEntityInput!) {
    updateEntity(id: $id, expectedVersion: $expectedVersion, input: $input) { id name kind areaId validFrom validTo version description props { name text } }
  }
`;
const END = /* GraphQL */ `
  mutation End($id: ID!, $expectedVersion: Int!, $validTo: Date!) {
    endEntity(id: $id, expectedVersion: $expectedVersion, validTo: $validTo) { id validTo version }
  }
`;

const source = { document: TEST_DOCUMENT, section: "5" };
const newBoard = (overrides: Record<string, unknown> = {}) => ({
  id: "board-test-safeguarding",
  label: "Board",
  name: "Testshire Safeguarding Children Board",
  kind: "SAFEGUARDING_BOARD",
  areaId: "area-testshire",
  validFrom: "2016-04-01",
  sources: [source],
  ...overrides,
});

describe("editing nodes: create, update and end, validated, versioned and audited", () => {
  const editing = useEditingApp("Edith Editor");

  it("creates a node with its IN_AREA line, at version 1, and records who did it", async () => {
    const answer = await graphql<{ createEntity: Record<string, unknown> }>(editing.app, CREATE, { input: newBoard({ props: [{ name: "reviewDue", date: "2017-04-01" }] }) }, editing.editor);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.createEntity).toMatchObject({
      id: "board-test-safeguarding",
      label: "Board",
      kind: "SAFEGUARDING_BOARD",
      areaId: "area-testshire",
      version: 1,
      sources: [{ document: TEST_DOCUMENT, section: "5", date: "2016-04-01" }],
      props: [{ name: "reviewDue", text: null, date: "2017-04-01" }],
    });
    const lines = await graphql<{ relationships: { key: string; version: number }[] }>(
      editing.app,
      /* GraphQL */ `{ relationships(entityId: "board-test-safeguarding") { key version } }`,
    );
    expect(lines.data?.relationships).toEqual([{ key: "IN_AREA:board-test-safeguarding->area-testshire", version: 1 }]);
    const history = await graphql<{ history: { actor: string; action: string; before: string | null; after: string }[] }>(
      editing.app,
      /* GraphQL */ `{ history(entityId: "board-test-safeguarding") { actor action entityId relationshipKey before after } }`,
      {},
      editing.editor,
    );
    expect(history.data?.history.map((entry) => [entry.actor, entry.action, entry.before])).toEqual([
      ["Edith Editor", "createEntity", null],
      ["Edith Editor", "createEntity", null],
    ]);
    const node = history.data?.history.find((entry) => JSON.parse(entry.after).name);
    expect(JSON.parse(node?.after ?? "{}")).toMatchObject({ name: "Testshire Safeguarding Children Board", version: 1, reviewDue: "2017-04-01" });
  });

  it.each([
    ["an area that does not exist", { areaId: "area-nowhere" }, "GOV_NOT_FOUND", ["input", "areaId"]],
    ["an area that is not an Area", { areaId: "board-test-hwb" }, "GOV_INPUT_INVALID", ["input", "areaId"]],
    ["a document that is not loaded", { sources: [{ document: "999_ffffffffffffffff.txt", section: "1" }] }, "GOV_NOT_FOUND", ["input", "sources", 0, "document"]],
    ["an impossible date", { validFrom: "2016-02-30" }, "GOV_INPUT_INVALID", ["input", "validFrom"]],
    ["an end before the start", { validTo: "2015-01-01" }, "GOV_DATE_ORDER_INVALID", ["input", "validTo"]],
    ["a label the model lacks", { label: "Committee" }, "GOV_INPUT_INVALID", ["input", "label"]],
    ["a kind the label does not take", { kind: "COUNCIL" }, "GOV_INPUT_INVALID", ["input", "kind"]],
    ["an id without the label's prefix", { id: "org-test-safeguarding" }, "GOV_INPUT_INVALID", ["input", "id"]],
    ["an id that is taken", { id: "board-test-hwb" }, "GOV_DUPLICATE", ["input", "id"]],
    ["an empty name", { name: "  " }, "GOV_INPUT_INVALID", ["input", "name"]],
    ["a contact detail", { description: "Call 01702 215000 to join" }, "GOV_INPUT_INVALID", ["input", "description"]],
    ["a date prop that is not a date", { props: [{ name: "reviewDue", text: "soon" }] }, "GOV_INPUT_INVALID", ["input", "props", 0]],
    ["a prop that is a field", { props: [{ name: "name", text: "x" }] }, "GOV_INPUT_INVALID", ["input", "props", 0, "name"]],
    ["no citation", { sources: [] }, "GOV_INPUT_INVALID", ["input", "sources"]],
  ])("refuses %s with a coded error naming the field, and writes nothing", async (_what, overrides, code, fieldPath) => {
    const before = await graphSnapshot(editing.db.runner);
    const answer = await graphql(editing.app, CREATE, { input: newBoard(overrides) }, editing.editor);
    expect(answer.data?.createEntity ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code, fieldPath });
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);
  });

  it("updates only the fields given, clears those given as null, and advances the version", async () => {
    await graphql(editing.app, CREATE, { input: newBoard({ description: "Keeps children safe." }) }, editing.editor);
    const answer = await graphql<{ updateEntity: Record<string, unknown> }>(
      editing.app,
      UPDATE,
      { id: "board-test-safeguarding", expectedVersion: 1, input: { name: "Testshire Safeguarding Partnership", description: null, props: [{ name: "meetingFrequency", text: "monthly" }] } },
      editing.editor,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.updateEntity).toEqual({
      id: "board-test-safeguarding",
      name: "Testshire Safeguarding Partnership",
      kind: "SAFEGUARDING_BOARD",
      areaId: "area-testshire",
      validFrom: "2016-04-01",
      validTo: null,
      version: 2,
      description: null,
      props: [{ name: "meetingFrequency", text: "monthly" }],
    });
    const search = await graphql<{ entity: { name: string } }>(editing.app, /* GraphQL */ `{ entity(id: "board-test-safeguarding") { name } }`);
    expect(search.data?.entity.name).toBe("Testshire Safeguarding Partnership");
  });

  it("keeps the version, and writes no audit entry, for an update that changes nothing", async () => {
    const same = await graphql<{ updateEntity: { version: number } }>(editing.app, UPDATE, { id: "board-test-hwb", expectedVersion: 1, input: { aliases: ["HWB"] } }, editing.editor);
    expect(same.data?.updateEntity.version).toBe(1);
    const history = await graphql<{ history: unknown[] }>(editing.app, /* GraphQL */ `{ history(entityId: "board-test-hwb") { id } }`, {}, editing.editor);
    expect(history.data?.history).toEqual([]);
  });

  it("edits a node the seed loader wrote, which is at version 1", async () => {
    const answer = await graphql<{ updateEntity: { version: number } }>(editing.app, UPDATE, { id: "board-test-hwb", expectedVersion: 1, input: { aliases: ["HWB", "TWB"] } }, editing.editor);
    expect(answer.data?.updateEntity.version).toBe(2);
  });

  it("refuses an update from a stale version with GOV_CONFLICT naming both versions, and writes nothing", async () => {
    await graphql(editing.app, UPDATE, { id: "board-test-hwb", expectedVersion: 1, input: { description: "First edit." } }, editing.editor);
    const before = await graphSnapshot(editing.db.runner);
    const stale = await graphql(editing.app, UPDATE, { id: "board-test-hwb", expectedVersion: 1, input: { description: "Second edit, from an old read." } }, editing.editor);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "GOV_CONFLICT", currentVersion: 2, expectedVersion: 1, fieldPath: ["expectedVersion"] });
    expect(stale.errors?.[0]?.message).toMatch(/version 2, not the expected version 1/);
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);
  });

  it("lets exactly one of two concurrent updates of the same version win", async () => {
    const attempts = await Promise.all(
      ["one", "two", "three"].map((word) => graphql(editing.app, UPDATE, { id: "board-test-hwb", expectedVersion: 1, input: { description: `Edit ${word}.` } }, editing.editor)),
    );
    const codes = attempts.map((answer) => answer.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["GOV_CONFLICT", "GOV_CONFLICT", "OK"]);
  });

  it("ends a node by setting validTo, keeps it, and refuses to end it twice", async () => {
    const ended = await graphql<{ endEntity: Record<string, unknown> }>(editing.app, END, { id: "board-test-partnership", expectedVersion: 1, validTo: "2019-09-29" }, editing.editor);
    expect(ended.data?.endEntity).toEqual({ id: "board-test-partnership", validTo: "2019-09-29", version: 2 });
    const still = await graphql<{ entity: { id: string; validTo: string } }>(editing.app, /* GraphQL */ `{ entity(id: "board-test-partnership") { id validTo } }`);
    expect(still.data?.entity).toEqual({ id: "board-test-partnership", validTo: "2019-09-29" });
    const again = await graphql(editing.app, END, { id: "board-test-partnership", expectedVersion: 2, validTo: "2020-01-01" }, editing.editor);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "GOV_ALREADY_ENDED", validTo: "2019-09-29" });
    const reopened = await graphql<{ updateEntity: { validTo: string | null; version: number } }>(
      editing.app,
      UPDATE,
      { id: "board-test-partnership", expectedVersion: 2, input: { validTo: null } },
      editing.editor,
    );
    expect(reopened.data?.updateEntity).toMatchObject({ validTo: null, version: 3 });
  });

  it.each([
    ["an end before the start", { id: "board-test-hwb", expectedVersion: 1, validTo: "2010-01-01" }, "GOV_DATE_ORDER_INVALID", ["validTo"]],
    ["an unknown id", { id: "board-nowhere", expectedVersion: 1, validTo: "2020-01-01" }, "GOV_NOT_FOUND", ["id"]],
    ["a bad date", { id: "board-test-hwb", expectedVersion: 1, validTo: "2020-13-01" }, "GOV_INPUT_INVALID", ["validTo"]],
    ["a stale version", { id: "board-test-hwb", expectedVersion: 7, validTo: "2020-01-01" }, "GOV_CONFLICT", ["expectedVersion"]],
  ])("refuses to end with %s, and writes nothing", async (_what, variables, code, fieldPath) => {
    const before = await graphSnapshot(editing.db.runner);
    const answer = await graphql(editing.app, END, variables, editing.editor);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code, fieldPath });
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);
  });

  it("moves a node to another area: the old IN_AREA line ends, the new one is drawn", async () => {
    const moved = await graphql<{ updateEntity: { areaId: string } }>(editing.app, UPDATE, { id: "board-test-hwb", expectedVersion: 1, input: { areaId: "area-testshire-north" } }, editing.editor);
    expect(moved.data?.updateEntity.areaId).toBe("area-testshire-north");
    const lines = await graphql<{ relationships: { key: string; validTo: string | null }[] }>(
      editing.app,
      /* GraphQL */ `{ relationships(entityId: "board-test-hwb") { key validTo } }`,
    );
    const inArea = lines.data?.relationships.filter((line) => line.key.startsWith("IN_AREA")) ?? [];
    expect(inArea.map((line) => [line.key, line.validTo === null])).toEqual([
      ["IN_AREA:board-test-hwb->area-testshire", false],
      ["IN_AREA:board-test-hwb->area-testshire-north", true],
    ]);
  });

  it("works the same with an API token, which the audit log names", async () => {
    const headers = await apiTokenHeaders(editing.db.runner, "editor", "Import robot");
    const answer = await graphql(editing.app, CREATE, { input: newBoard() }, headers);
    expect(answer.errors).toBeUndefined();
    const log = await graphql<{ auditLog: { actor: string; action: string }[] }>(editing.app, /* GraphQL */ `{ auditLog(actor: "Import robot") { actor action } }`, {}, editing.editor);
    expect(log.data?.auditLog).toEqual([
      { actor: "Import robot", action: "createEntity" },
      { actor: "Import robot", action: "createEntity" },
    ]);
  });
});
