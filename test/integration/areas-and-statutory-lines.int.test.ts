import { describe, expect, it } from "vitest";
import { useEditingApp } from "../support/editing-app.ts";
import { applyGraphRules } from "../../server/graph/apply-graph-rules.ts";
import { graphSnapshot, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { graphql } from "../support/test-app.ts";

// Several areas and statutory lines through the editing and import paths, on the small test graph.

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateEntityInput!) { createEntity(input: $input) { id areaId areaIds version } }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $expectedVersion: Int!, $input: UpdateEntityInput!) {
    updateEntity(id: $id, expectedVersion: $expectedVersion, input: $input) { id areaId areaIds version }
  }
`;
const LINES = /* GraphQL */ `
  query Lines($id: ID!) { relationships(entityId: $id) { type from to validTo sources { document section } } }
`;
const IMPORT = /* GraphQL */ `
  mutation Import($content: String!) { importGraph(format: JSON, content: $content, dryRun: false) { committed problems { path message } } }
`;
const EXPORT = /* GraphQL */ `
  query Export($areaId: ID) { exportGraph(areaId: $areaId) { content warnings } }
`;
const END = /* GraphQL */ `
  mutation End($id: ID!, $expectedVersion: Int!, $validTo: Date!, $source: SourceInput) {
    endEntity(id: $id, expectedVersion: $expectedVersion, validTo: $validTo, source: $source) { id version }
  }
`;
const source = { document: TEST_DOCUMENT, section: "5" };

describe("several areas and statutory lines through edits and imports", () => {
  const editing = useEditingApp("Ari Areas");
  const ask = async <T>(query: string, variables: Record<string, unknown>) => {
    const answer = await graphql<T>(editing.app, query, variables, editing.editor);
    expect(answer.errors).toBeUndefined();
    return answer.data as T;
  };
  const lines = async (id: string) => (await ask<{ relationships: { type: string; from: string; to: string; validTo: string | null; sources: { document: string; section: string }[] }[] }>(LINES, { id })).relationships;

  it("creates a node in two areas, adds a third and removes one, ending only that line", async () => {
    const created = await ask<{ createEntity: { areaIds: string[]; areaId: string; version: number } }>(CREATE, {
      input: { id: "board-test-shared", label: "Board", name: "Shared Board", kind: "FORUM", areaIds: ["area-testshire", "area-testshire-north"], validFrom: "2016-01-01", sources: [source] },
    });
    expect(created.createEntity).toMatchObject({ areaIds: ["area-testshire", "area-testshire-north"], areaId: "area-testshire" });
    expect((await lines("board-test-shared")).filter((l) => l.type === "IN_AREA").map((l) => l.to).sort()).toEqual(["area-testshire", "area-testshire-north"]);

    await ask(CREATE, { input: { id: "area-otherton", label: "Area", name: "Otherton", kind: "UNITARY_AUTHORITY", validFrom: "2016-01-01", sources: [source] } });
    const updated = await ask<{ updateEntity: { areaIds: string[]; version: number } }>(UPDATE, {
      id: "board-test-shared",
      expectedVersion: created.createEntity.version,
      input: { addAreas: ["area-otherton"], removeAreas: ["area-testshire-north"] },
    });
    expect(updated.updateEntity.areaIds).toEqual(["area-testshire", "area-otherton"]);
    const inArea = (await lines("board-test-shared")).filter((l) => l.type === "IN_AREA");
    expect(inArea.find((l) => l.to === "area-testshire-north")?.validTo).not.toBeNull();
    expect(inArea.filter((l) => l.validTo === null).map((l) => l.to).sort()).toEqual(["area-otherton", "area-testshire"]);

    const unknown = await graphql(editing.app, UPDATE, { id: "board-test-shared", expectedVersion: updated.updateEntity.version, input: { addAreas: ["area-nowhere"] } }, editing.editor);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["input", "addAreas", 0] });
  });

  it("draws the statutory line when the council of a Health and Wellbeing Board's area is created", async () => {
    expect((await lines("board-test-hwb")).some((l) => l.type === "COMMITTEE_OF")).toBe(false);
    await ask(CREATE, { input: { id: "org-testshire-council", label: "Organisation", name: "Testshire County Council", kind: "COUNCIL", areaId: "area-testshire", validFrom: "2010-01-01", sources: [source] } });
    const committee = (await lines("board-test-hwb")).find((l) => l.type === "COMMITTEE_OF");
    expect(committee).toMatchObject({ to: "org-testshire-council", validTo: null, sources: [{ document: "Health and Social Care Act 2012", section: "s194" }] });
  });

  it("imports a board in several areas and a Health and Wellbeing Board with its statutory line, and exports the areas", async () => {
    const file = {
      document: { file: "902_00000000000000bb.txt", title: "Otherton register", date: "2017-01-01" },
      nodes: [
        { id: "area-otherton", label: "Area", name: "Otherton", kind: "UNITARY_AUTHORITY", section: "1" },
        { id: "org-otherton-council", label: "Organisation", name: "Otherton Council", kind: "COUNCIL", areas: ["area-otherton"], section: "1" },
        { id: "board-otherton-hwb", label: "Board", name: "Otherton Health and Wellbeing Board", kind: "HEALTH_AND_WELLBEING_BOARD", areas: ["area-otherton"], section: "2" },
        { id: "board-otherton-forum", label: "Board", name: "Otherton and Testshire Forum", kind: "FORUM", areas: ["area-otherton", "area-testshire"], section: "3" },
      ],
      relationships: [],
    };
    const answer = await ask<{ importGraph: { committed: boolean; problems: unknown[] } }>(IMPORT, { content: JSON.stringify(file) });
    expect(answer.importGraph).toMatchObject({ committed: true, problems: [] });
    expect((await lines("board-otherton-hwb")).find((l) => l.type === "COMMITTEE_OF")?.to).toBe("org-otherton-council");
    const exported = await ask<{ exportGraph: { content: string; warnings: string[] } }>(EXPORT, { areaId: "area-otherton" });
    const files = JSON.parse(exported.exportGraph.content) as { nodes: { id: string; areas?: string[] }[]; relationships: { type: string }[] }[];
    const forum = files.flatMap((f) => f.nodes).find((node) => node.id === "board-otherton-forum");
    // Only the areas inside the exported scope: Testshire is not in Otherton's export, and a file naming it would not import on its own.
    expect(forum?.areas).toEqual(["area-otherton"]);
    // The statutory line cites the Act, not a document: the rule draws it again on import, so the export leaves it out.
    expect(files.flatMap((f) => f.relationships).some((rel) => rel.type === "COMMITTEE_OF")).toBe(false);
    expect(exported.exportGraph.warnings.filter((w) => /COMMITTEE_OF/.test(w))).toEqual([]);
  });

  it("redraws the graph rules only near an edit, leaving what redrawing them for every board leaves", async () => {
    const everyBoardAgreesWith = async () => {
      const afterEdit = await graphSnapshot(editing.db.runner);
      await editing.db.runner.writeTransaction((tx) => applyGraphRules(tx, null));
      expect(await graphSnapshot(editing.db.runner)).toEqual(afterEdit);
    };
    const council = await ask<{ createEntity: { version: number } }>(CREATE, {
      input: { id: "org-testshire-cc", label: "Organisation", name: "Testshire CC", kind: "COUNCIL", areaId: "area-testshire", validFrom: "2010-01-01", sources: [source] },
    });
    expect((await lines("board-test-hwb")).find((l) => l.type === "COMMITTEE_OF")).toMatchObject({ to: "org-testshire-cc", validTo: null });
    await everyBoardAgreesWith();

    await ask(END, { id: "org-testshire-cc", expectedVersion: council.createEntity.version, validTo: "2020-04-01", source });
    await everyBoardAgreesWith();
    const { entity: hwb } = await ask<{ entity: { version: number } }>(`query Version($id: ID!) { entity(id: $id) { version } }`, { id: "board-test-hwb" });
    await ask(END, { id: "board-test-hwb", expectedVersion: hwb.version, validTo: "2021-04-01", source });
    expect((await lines("board-test-hwb")).find((l) => l.type === "COMMITTEE_OF")?.validTo).not.toBeNull();
    await everyBoardAgreesWith();
  });
});

