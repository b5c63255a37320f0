
import { useEditingApp } from "../support/editing-app.ts";
import { describe, expect, it } from "vitest";
import type { AuthUser } from "../../server/graph/access.ts";
import { runImport } from "../../server/jobs/import-export/run-import.ts";
import { IMPORT_BATCH } from "../../server/jobs/import-export/write-import.ts";
import { graphSnapshot, } from "../support/editing-fixture.ts";
import { graphql } from "../support/test-app.ts";

const IMPORT = /* GraphQL */ `
  mutation Import($content: String!, $dryRun: Boolean!) {
    importGraph(format: JSON, content: $content, dryRun: $dryRun) {
      dryRun committed documents nodes relationships created changed unchanged
      problems { file line column path message }
    }
  }
`;

const DOCUMENT = { file: "902_00000000000000bb.txt", title: "Testshire terms of reference review", date: "2017-01-10" };

/** A seed file as JSON, one value per line, so that a problem's line and column can be checked by eye. */
const BROKEN = `{
  "document": { "file": "902_00000000000000bb.txt", "title": "Review", "date": "2017-01-10" },
  "nodes": [
    { "id": "board-test-cse", "label": "Board", "name": "Exploitation Group", "kind": "WORKING_GROUP", "section": "2" },
    { "id": "board-test-hwb", "label": "Strategy", "name": "Clash", "section": "2" },
    { "id": "board-test-cse", "label": "Board", "name": "Twice", "section": "2" },
    { "id": "strategy-test-cse", "label": "Strategy", "name": "CSE Strategy", "kind": "NOT_A_KIND",
      "validFrom": "2017-02-30", "section": "3" }
  ],
  "relationships": [
    { "type": "ACCOUNTABLE_TO", "from": "board-test-cse", "to": "board-nowhere", "section": "2" },
    { "type": "CHAIRS", "from": "board-test-cse", "to": "board-test-hwb", "section": "2" }
  ]
}`;

const ACTOR: AuthUser = { id: "cli:tester", name: "tester", role: "editor", via: "cli" };

describe("importing JSON: a dry run that finds every problem, and an all-or-nothing commit", () => {
  const editing = useEditingApp("Ida Importer");

  it("reports every problem of a dry run with its line, column and path, and writes nothing", async () => {
    const before = await graphSnapshot(editing.db.runner);
    const answer = await graphql<{ importGraph: { problems: Record<string, unknown>[]; committed: boolean } }>(editing.app, IMPORT, { content: BROKEN, dryRun: true }, editing.editor);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.importGraph.committed).toBe(false);
    const problems = answer.data?.importGraph.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`);
    expect(problems).toEqual([
      '5:40 nodes[1].label: "board-test-hwb" is already in the graph as a Board, not a Strategy',
      '5:13 nodes[1].id: "board-test-hwb" must start with "strategy-" for a Strategy',
      '8:20 nodes[3].validFrom: "2017-02-30" is not a date (YYYY-MM-DD)',
      '7:87 nodes[3].kind: "NOT_A_KIND" is not a Strategy kind',
      '6:13 nodes[2].id: duplicate node id "board-test-cse" (first at nodes[0])',
      '11:65 relationships[0].to: "board-nowhere" is not a node declared in this import or in the graph',
      "12:33 relationships[1].from: CHAIRS cannot start at a Board (allowed: Person, Role)",
      // The file declares board-test-hwb a Strategy, and the import is checked as the file says.
      "12:57 relationships[1].to: CHAIRS cannot end at a Strategy (allowed: Board, Organisation)",
    ]);
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);
  });

  it("refuses the same file without dryRun with GOV_IMPORT_INVALID listing the problems, and writes nothing", async () => {
    const before = await graphSnapshot(editing.db.runner);
    const answer = await graphql(editing.app, IMPORT, { content: BROKEN, dryRun: false }, editing.editor);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "GOV_IMPORT_INVALID", fieldPath: ["content"] });
    expect(answer.errors?.[0]?.extensions?.issues).toHaveLength(8);
    expect(answer.errors?.[0]?.message).toMatch(/^Nothing was imported: 8 problems, the first: content:5:40 nodes\[1\]\.label/);
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);
  });

  it("points at the place where JSON stops being JSON", async () => {
    const answer = await graphql<{ importGraph: { problems: Record<string, unknown>[] } }>(
      editing.app,
      IMPORT,
      { content: '{\n  "document": { "file": "x" },\n  "nodes": [ { "id": "a", } ]\n}', dryRun: true },
      editing.editor,
    );
    expect(answer.data?.importGraph.problems).toEqual([
      { file: "content", line: 3, column: 27, path: "", message: expect.stringMatching(/^not valid JSON: .*at position 59/) },
    ]);
  });

  it("imports a valid file through the seed merge: a dry run counts exactly what the commit then does", async () => {
    const file = {
      document: DOCUMENT,
      nodes: [
        { id: "board-test-cse", label: "Board", name: "Testshire Exploitation Group", kind: "WORKING_GROUP", area: "area-testshire", section: "2", props: { meetingFrequency: "monthly" } },
        { id: "board-test-hwb", label: "Board", name: "Testshire Health and Wellbeing Board", kind: "HEALTH_AND_WELLBEING_BOARD", section: "1", description: "Reviewed in 2017." },
      ],
      relationships: [{ type: "REPORTS_TO", from: "board-test-cse", to: "board-test-partnership", section: "2" }],
    };
    const content = JSON.stringify(file, null, 2);
    const before = await graphSnapshot(editing.db.runner);
    const dry = await graphql<{ importGraph: Record<string, unknown> }>(editing.app, IMPORT, { content, dryRun: true }, editing.editor);
    const counts = { documents: 1, nodes: 2, relationships: 2, created: 3, changed: 1, unchanged: 0 };
    expect(dry.data?.importGraph).toEqual({ dryRun: true, committed: false, ...counts, problems: [] });
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);

    const done = await graphql<{ importGraph: Record<string, unknown> }>(editing.app, IMPORT, { content, dryRun: false }, editing.editor);
    expect(done.data?.importGraph).toEqual({ dryRun: false, committed: true, ...counts, problems: [] });
    const read = await graphql<{ cse: Record<string, unknown>; hwb: Record<string, unknown> }>(
      editing.app,
      /* GraphQL */ `{ cse: entity(id: "board-test-cse") { name areaId version props { name text } sources { document } } hwb: entity(id: "board-test-hwb") { description version aliases } }`,
    );
    expect(read.data).toEqual({
      cse: { name: "Testshire Exploitation Group", areaId: "area-testshire", version: 1, props: [{ name: "meetingFrequency", text: "monthly" }], sources: [{ document: DOCUMENT.file }] },
      // Aliases the file does not give are kept.
      hwb: { description: "Reviewed in 2017.", version: 2, aliases: ["HWB"] },
    });
    const history = await graphql<{ history: { actor: string; action: string; before: string | null }[] }>(
      editing.app,
      /* GraphQL */ `{ history(entityId: "board-test-hwb") { actor action before } }`,
      {},
      editing.editor,
    );
    expect(history.data?.history[0]).toMatchObject({ actor: "Ida Importer", action: "importGraph" });
    expect(JSON.parse(history.data?.history[0]?.before ?? "{}")).not.toHaveProperty("description");

    const again = await graphql<{ importGraph: Record<string, unknown> }>(editing.app, IMPORT, { content, dryRun: false }, editing.editor);
    expect(again.data?.importGraph).toMatchObject({ created: 0, changed: 0, unchanged: 4 });
  });

  it("writes a large import in batches inside one transaction, with progress, and nothing at all when one row is bad", async () => {
    const count = IMPORT_BATCH * 2 + 500;
    const nodes = Array.from({ length: count }, (_, i) => ({ id: `person-bulk-${i}`, label: "Person", name: `Person ${i}`, section: "1" }));
    const relationships = nodes.map((node) => ({ type: "MEMBER_OF", from: node.id, to: "board-test-partnership", section: "1" }));
    const steps: number[] = [];
    const bad = { document: DOCUMENT, nodes, relationships: [...relationships, { type: "MEMBER_OF", from: "person-bulk-0", to: "person-bulk-1", section: "1" }] };
    const before = await graphSnapshot(editing.db.runner);
    const refused = await runImport(editing.db.runner, { format: "JSON", content: JSON.stringify(bad), dryRun: true }, ACTOR);
    expect(refused.problems.map((p) => p.path)).toEqual([`relationships[${count}].to`]);
    await expect(runImport(editing.db.runner, { format: "JSON", content: JSON.stringify(bad), dryRun: false }, ACTOR)).rejects.toMatchObject({
      extensions: { code: "GOV_IMPORT_INVALID" },
    });
    expect(await graphSnapshot(editing.db.runner)).toEqual(before);

    const report = await runImport(editing.db.runner, { format: "JSON", content: JSON.stringify({ document: DOCUMENT, nodes, relationships }), dryRun: false }, ACTOR, (done) => steps.push(done));
    expect(report).toMatchObject({ committed: true, nodes: count, relationships: count, created: count * 2 });
    expect(steps).toEqual([1000, 2000, 2500, 3500, 4500, 5000]);
    const members = await graphql<{ relationships: unknown[] }>(editing.app, /* GraphQL */ `{ relationships(entityId: "board-test-partnership") { key } }`);
    expect(members.data?.relationships.length).toBe(count + 3);
  });
});
