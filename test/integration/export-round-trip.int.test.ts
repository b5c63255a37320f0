import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadSeeds } from "../../server/seed/load-seeds.ts";
import { createAuthTestApp, jwtHeaders } from "../support/auth-headers.ts";
import { loadTestGraph, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "../support/test-database.ts";

const EXPORT = /* GraphQL */ `
  query Export($areaId: ID, $format: ExportFormat!) { exportGraph(areaId: $areaId, format: $format) { content nodes relationships omittedRelationships warnings } }
`;
const IMPORT = /* GraphQL */ `
  mutation Import($content: String!) { importGraph(format: JSON, content: $content, dryRun: false) { committed created changed problems { line column path message } } }
`;

interface Exported {
  content: string;
  nodes: number;
  relationships: number;
  omittedRelationships: number;
  warnings: string[];
}

describe("export: seed JSON that round-trips through import unchanged, and Popolo", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let editor: Record<string, string>;

  const exportOf = async (areaId: string | null, format = "SEED_JSON"): Promise<Exported> => {
    const answer = await graphql<{ exportGraph: Exported }>(app, EXPORT, { areaId, format });
    expect(answer.errors).toBeUndefined();
    return answer.data?.exportGraph as Exported;
  };
  const importBack = async (content: string) => {
    const answer = await graphql<{ importGraph: { committed: boolean; problems: unknown[] } }>(app, IMPORT, { content }, editor);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.importGraph.problems).toEqual([]);
    expect(answer.data?.importGraph.committed).toBe(true);
  };

  beforeAll(async () => {
    db = await connectTestDatabase();
    app = await createAuthTestApp(db.runner);
    editor = await jwtHeaders("editor", "Round Tripper");
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it.each([
    ["the whole graph", null],
    ["Essex", "area-essex"],
    ["Southend-on-Sea", "area-southend-on-sea"],
  ])("exports %s from the seed documents; export, wipe, import, export gives the same JSON", async (_what, areaId) => {
    await db.wipe();
    await loadSeeds(db.runner, testLogger);
    const first = await exportOf(areaId);
    expect(first.nodes).toBeGreaterThan(10);
    expect(first.warnings).toEqual([]);
    const files = JSON.parse(first.content) as { document: { file: string }; nodes: unknown[] }[];
    expect(files.length).toBeGreaterThan(0);
    await db.wipe();
    await importBack(first.content);
    const second = await exportOf(areaId);
    expect(second.content).toBe(first.content);
    expect(second.nodes).toBe(first.nodes);
    expect(second.relationships).toBe(first.relationships);
  });

  it("round-trips what editors did: extra properties, ended nodes and lines, moves", async () => {
    await db.wipe();
    await loadTestGraph(db.runner);
    const sources = [{ document: TEST_DOCUMENT, section: "7" }];
    const edits = [
      graphql(app, /* GraphQL */ `mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }`, {
        i: { id: "board-test-forum", label: "Board", name: "Testshire Youth Forum", kind: "FORUM", areaId: "area-testshire-north", validFrom: "2016-05-01", sources, props: [{ name: "quorum", number: 4 }, { name: "reviewDue", date: "2018-05-01" }, { name: "open", flag: true }] },
      }, editor),
    ];
    for (const edit of edits) expect((await edit).errors).toBeUndefined();
    const more = [
      [/* GraphQL */ `mutation { createRelationship(input: { type: "REPORTS_TO", from: "board-test-forum", to: "board-test-partnership", validFrom: "2016-06-01", validTo: "2018-01-01", description: "Until the review", sources: [{ document: "${TEST_DOCUMENT}", section: "7" }] }) { key } }`],
      [/* GraphQL */ `mutation { endEntity(id: "board-test-hwb", expectedVersion: 1, validTo: "2020-03-31") { id } }`],
      [/* GraphQL */ `mutation { updateEntity(id: "person-test-lead", expectedVersion: 1, input: { aliases: ["A. Lead"], description: "Director" }) { id } }`],
    ];
    for (const [query] of more) expect((await graphql(app, query as string, {}, editor)).errors).toBeUndefined();
    const first = await exportOf(null);
    expect(first.content).toContain('"quorum": 4');
    expect(first.content).toContain('"validTo": "2020-03-31"');
    await db.wipe();
    await importBack(first.content);
    expect((await exportOf(null)).content).toBe(first.content);
  });

  it("leaves out lines that leave the area and counts them; refuses an unknown area", async () => {
    await db.wipe();
    await loadTestGraph(db.runner);
    const north = await exportOf("area-testshire-north");
    // North Testshire holds only itself; its PART_OF line leads out of it.
    expect(north).toMatchObject({ nodes: 1, relationships: 0, omittedRelationships: 1 });
    const nowhere = await graphql(app, EXPORT, { areaId: "area-nowhere", format: "SEED_JSON" });
    expect(nowhere.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["areaId"] });
  });

  it("exports Popolo: organizations, persons, posts, memberships and areas", async () => {
    await db.wipe();
    await loadTestGraph(db.runner);
    await graphql(app, /* GraphQL */ `mutation { createRelationship(input: { type: "CHAIRS", from: "person-test-lead", to: "board-test-partnership", validFrom: "2016-04-01", sources: [{ document: "${TEST_DOCUMENT}", section: "2" }] }) { key } }`, {}, editor);
    const popolo = JSON.parse((await exportOf("area-testshire", "POPOLO")).content);
    expect(Object.keys(popolo)).toEqual(["persons", "organizations", "posts", "memberships", "areas"]);
    expect(popolo.organizations.map((o: { id: string }) => o.id)).toEqual(["board-test-hwb", "board-test-partnership"]);
    expect(popolo.organizations[0]).toMatchObject({
      name: "Testshire Health and Wellbeing Board",
      other_names: [{ name: "HWB" }],
      classification: "HEALTH_AND_WELLBEING_BOARD",
      area_id: "area-testshire",
      founding_date: "2016-04-01",
      dissolution_date: null,
      sources: [{ note: `${TEST_DOCUMENT}, 2 (2016-04-01)` }],
    });
    expect(popolo.persons).toEqual([{ id: "person-test-lead", name: "Alex Lead", other_names: [], sources: [{ note: `${TEST_DOCUMENT}, 4 (2016-04-01)` }] }]);
    expect(popolo.memberships).toEqual([
      expect.objectContaining({ person_id: "person-test-lead", organization_id: "board-test-partnership", role: "chair", start_date: "2016-04-01" }),
    ]);
    expect(popolo.areas.map((a: { id: string; parent_id: string | null }) => [a.id, a.parent_id])).toEqual([
      ["area-testshire", null],
      ["area-testshire-north", "area-testshire"],
    ]);
  });

  it("exports and imports from the command line: npm run export, then npm run import", async () => {
    await db.wipe();
    await loadTestGraph(db.runner);
    const target = inject("neo4j");
    const env = { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database, LOG_LEVEL: "error" };
    const run = promisify(execFile);
    const dir = mkdtempSync(join(tmpdir(), "governance-export-"));
    try {
      const file = join(dir, "testshire.json");
      const exported = await run("npx", ["tsx", "server/jobs/import-export/export-cli.ts", "--area", "area-testshire", "--out", file], { env });
      expect(exported.stderr).toMatch(/Exported 6 nodes and 7 lines/);
      const before = readFileSync(file, "utf8");
      await db.wipe();
      const dry = await run("npx", ["tsx", "server/jobs/import-export/import-cli.ts", "--dry-run", file], { env });
      expect(JSON.parse(dry.stdout)).toMatchObject({ committed: false, created: 13 });
      const imported = await run("npx", ["tsx", "server/jobs/import-export/import-cli.ts", file], { env });
      expect(JSON.parse(imported.stdout)).toMatchObject({ committed: true, created: 13, changed: 0 });
      expect(imported.stderr).toMatch(/Import: .*written/);
      expect((await exportOf("area-testshire")).content).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
