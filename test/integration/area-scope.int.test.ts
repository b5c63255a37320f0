import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SeedFile } from "../../server/domain/seed-file.ts";
import { writeSeedFile } from "../../server/seed/load-seeds.ts";
import { apiTokenHeaders, createAuthTestApp, jwtHeaders } from "../support/auth-headers.ts";
import { graphSnapshot, loadTestGraph, TEST_DOCUMENT } from "../support/editing-fixture.ts";
import { issueApiToken } from "../../server/jobs/access/manage-api-tokens.ts";
import { TEST_SETUP_USER } from "../support/auth-headers.ts";
import { graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase } from "../support/test-database.ts";

const OTHER_DOCUMENT = "902_00000000000000bb.txt";

/** A second council beside Testshire, and a village inside North Testshire (two levels of PART_OF below the county). */
const NEIGHBOURS: SeedFile = {
  document: { file: OTHER_DOCUMENT, title: "Otherby governance", date: "2016-04-01" },
  nodes: [
    { id: "area-otherby", label: "Area", name: "Otherby", kind: "UNITARY_AUTHORITY", section: "1" },
    { id: "area-testshire-north-village", label: "Area", name: "North Village", kind: "LOCALITY", section: "1" },
    { id: "board-otherby-hwb", label: "Board", name: "Otherby Health and Wellbeing Board", kind: "HEALTH_AND_WELLBEING_BOARD", area: "area-otherby", section: "2" },
    { id: "board-otherby-partnership", label: "Board", name: "Otherby Partnership", kind: "STRATEGIC_PARTNERSHIP", area: "area-otherby", section: "2" },
    { id: "board-shared-safeguarding", label: "Board", name: "Shared Safeguarding Board", kind: "STRATEGIC_PARTNERSHIP", area: "area-otherby", section: "3" },
    { id: "board-test-village-forum", label: "Board", name: "Village Forum", kind: "STRATEGIC_PARTNERSHIP", area: "area-testshire-north-village", section: "3" },
  ],
  relationships: [
    { type: "PART_OF", from: "area-testshire-north-village", to: "area-testshire-north", section: "1" },
    // The shared board serves both councils: an editor of either may change it.
    { type: "IN_AREA", from: "board-shared-safeguarding", to: "area-testshire", section: "3" },
  ],
};

const source = `sources: [{ document: "${TEST_DOCUMENT}", section: "1" }]`;
const createBoard = (id: string, areaId: string | null) => /* GraphQL */ `mutation {
  createEntity(input: { id: "${id}", label: "Board", name: "New board ${id}", kind: "STRATEGIC_PARTNERSHIP", ${areaId ? `areaId: "${areaId}",` : ""} validFrom: "2020-01-01", ${source} }) { id }
}`;
const renameBoard = (id: string, name: string) => /* GraphQL */ `mutation {
  updateEntity(id: "${id}", expectedVersion: 1, input: { name: "${name}" }) { id name }
}`;
const drawLine = (from: string, to: string) => /* GraphQL */ `mutation {
  createRelationship(input: { type: "ACCOUNTABLE_TO", from: "${from}", to: "${to}", validFrom: "2020-01-01", ${source} }) { key }
}`;
const IMPORT = /* GraphQL */ `mutation Import($content: String!) { importGraph(format: JSON, content: $content, dryRun: false) { committed created changed } }`;

type Answer = Awaited<ReturnType<typeof graphql>>;
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

/**
 * An editor limited to areas (a claim of the identity provider, or set on the
 * API token) may change what lies in those areas or their sub-areas; nodes of
 * several areas when one is theirs; lines touching such a node; and must put a
 * new node in one of their areas. Anything else is GOV_FORBIDDEN naming the area.
 */
describe("access control: roles limited to areas", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let testshire: Record<string, string>;

  beforeAll(async () => {
    db = await connectTestDatabase();
    app = await createAuthTestApp(db.runner);
  });
  beforeEach(async () => {
    await db.wipe();
    await loadTestGraph(db.runner);
    await writeSeedFile(db.runner, NEIGHBOURS);
    testshire = await jwtHeaders("editor", "Tess Testshire", { areas: ["area-testshire"] });
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it("lets an editor of a county change its nodes and create nodes in it and in its sub-areas at any depth", async () => {
    expect(await graphql(app, renameBoard("board-test-hwb", "Testshire HWB"), {}, testshire)).toMatchObject({ data: { updateEntity: { name: "Testshire HWB" } } });
    expect(await graphql(app, renameBoard("board-test-village-forum", "Village Forum (renamed)"), {}, testshire)).toMatchObject({ data: {} });
    for (const [id, area] of [
      ["board-test-new-county", "area-testshire"],
      ["board-test-new-north", "area-testshire-north"],
      ["board-test-new-village", "area-testshire-north-village"],
    ] as const) {
      expect(await graphql(app, createBoard(id, area), {}, testshire)).toEqual({ data: { createEntity: { id } } });
    }
  });

  it("refuses nodes of another area, and a new node in another area or in none, naming the area", async () => {
    const before = await graphSnapshot(db.runner);
    const other = await graphql(app, renameBoard("board-otherby-hwb", "Taken over"), {}, testshire);
    expect(codeOf(other)).toBe("GOV_FORBIDDEN");
    expect(other.errors?.[0]?.message).toMatch(/area-otherby/);
    expect(other.errors?.[0]?.extensions).toMatchObject({ areaIds: ["area-otherby"], allowedAreaIds: ["area-testshire"] });
    const elsewhere = await graphql(app, createBoard("board-otherby-new", "area-otherby"), {}, testshire);
    expect(elsewhere.errors?.[0]?.message).toMatch(/area-otherby, outside your area area-testshire/);
    const nowhere = await graphql(app, createBoard("board-nowhere", null), {}, testshire);
    expect(nowhere.errors?.[0]).toMatchObject({ extensions: { code: "GOV_FORBIDDEN" }, message: expect.stringMatching(/in no area/) });
    const moved = await graphql(app, `mutation { updateEntity(id: "board-test-hwb", expectedVersion: 1, input: { areaId: "area-otherby" }) { id } }`, {}, testshire);
    expect(moved.errors?.[0]?.message).toMatch(/moving "board-test-hwb" is in area area-otherby/);
    const ended = await graphql(app, `mutation { endEntity(id: "board-otherby-hwb", expectedVersion: 1, validTo: "2024-01-01") { id } }`, {}, testshire);
    expect(codeOf(ended)).toBe("GOV_FORBIDDEN");
    expect(await graphSnapshot(db.runner)).toEqual(before);
  });

  it("lets an editor of one of a node's several areas change it, and draw lines that touch a node in scope, but not lines between others", async () => {
    expect(await graphql(app, renameBoard("board-shared-safeguarding", "Shared Safeguarding Board (2020)"), {}, testshire)).toMatchObject({
      data: { updateEntity: { id: "board-shared-safeguarding" } },
    });
    expect(await graphql(app, drawLine("board-otherby-partnership", "board-test-hwb"), {}, testshire)).toMatchObject({ data: { createRelationship: {} } });
    const between = await graphql(app, drawLine("board-otherby-partnership", "board-otherby-hwb"), {}, testshire);
    expect(codeOf(between)).toBe("GOV_FORBIDDEN");
    expect(between.errors?.[0]?.message).toMatch(/ACCOUNTABLE_TO.*area-otherby/);
  });

  it("limits an editor of a sub-area to it: the county above and its other nodes are out of scope", async () => {
    const north = await jwtHeaders("editor", "Nora North", { areas: ["area-testshire-north"] });
    expect(await graphql(app, renameBoard("board-test-village-forum", "Forum"), {}, north)).toMatchObject({ data: { updateEntity: { name: "Forum" } } });
    const county = await graphql(app, renameBoard("board-test-hwb", "Not mine"), {}, north);
    expect(county.errors?.[0]?.message).toMatch(/area-testshire, outside your area area-testshire-north/);
  });

  it("checks an import the same way, and writes none of it when one node is out of scope", async () => {
    const token = await apiTokenHeaders(db.runner, "editor");
    const limited = await issueApiToken(db.runner, TEST_SETUP_USER, "Testshire importer", "editor", ["area-testshire"]);
    const headers = { authorization: `Bearer ${limited.token}` };
    const inScope = { document: { file: TEST_DOCUMENT, title: "Testshire governance", date: "2016-04-01" }, nodes: [{ id: "board-test-imported", label: "Board", name: "Imported board", kind: "STRATEGIC_PARTNERSHIP", area: "area-testshire-north", section: "5" }], relationships: [] };
    expect(await graphql(app, IMPORT, { content: JSON.stringify(inScope) }, headers)).toEqual({ data: { importGraph: { committed: true, created: 2, changed: 0 } } });

    const before = await graphSnapshot(db.runner);
    const mixed = {
      ...inScope,
      nodes: [
        { id: "board-test-imported-2", label: "Board", name: "Second imported board", kind: "STRATEGIC_PARTNERSHIP", area: "area-testshire", section: "5" },
        { id: "board-otherby-hwb", label: "Board", name: "Otherby HWB (renamed by import)", kind: "HEALTH_AND_WELLBEING_BOARD", area: "area-otherby", section: "5" },
      ],
    };
    const refused = await graphql(app, IMPORT, { content: JSON.stringify(mixed) }, headers);
    expect(codeOf(refused)).toBe("GOV_FORBIDDEN");
    expect(refused.errors?.[0]?.message).toMatch(/"board-otherby-hwb" \(as stored\) is in area area-otherby/);
    expect(await graphSnapshot(db.runner)).toEqual(before);
    // An unlimited editor imports the same file.
    expect((await graphql(app, IMPORT, { content: JSON.stringify(mixed) }, token)).data).toMatchObject({ importGraph: { committed: true } });
  });

  it("checks the review workflows too: terms of reference and self-assessment rounds of another area's board are refused", async () => {
    const terms = (boardId: string) => `mutation { recordTermsOfReference(boardId: "${boardId}", input: { purpose: "To plan together", quorum: 3 }) { board { id } } }`;
    const round = (boardId: string) => `mutation { openAssessmentRound(boardId: "${boardId}", name: "2024 round", openedOn: "2024-01-01") { id } }`;
    for (const refused of [terms("board-otherby-hwb"), round("board-otherby-hwb")]) {
      const answer = await graphql(app, refused, {}, testshire);
      expect(answer.errors?.[0]).toMatchObject({ extensions: { code: "GOV_FORBIDDEN" }, message: expect.stringMatching(/area-otherby/) });
    }
    expect((await graphql(app, terms("board-test-hwb"), {}, testshire)).errors).toBeUndefined();
    expect((await graphql(app, round("board-test-hwb"), {}, testshire)).errors).toBeUndefined();
  });

  it("sets areas on API tokens through the admin mutation, shows them in me and the token list, and refuses an unknown area", async () => {
    const admin = await jwtHeaders("admin", "Ada Admin");
    const created = await graphql<{ createApiToken: { token: string; apiToken: { areas: string[] } } }>(
      app,
      `mutation { createApiToken(name: "Otherby robot", role: EDITOR, areas: ["area-otherby"]) { token apiToken { areas } } }`,
      {},
      admin,
    );
    expect(created.data?.createApiToken.apiToken.areas).toEqual(["area-otherby"]);
    const robot = { authorization: `Bearer ${created.data?.createApiToken.token}` };
    expect(await graphql(app, `{ me { role via areas } }`, {}, robot)).toEqual({ data: { me: { role: "EDITOR", via: "token", areas: ["area-otherby"] } } });
    expect(await graphql(app, renameBoard("board-otherby-hwb", "Otherby HWB"), {}, robot)).toMatchObject({ data: { updateEntity: { name: "Otherby HWB" } } });
    expect(codeOf(await graphql(app, renameBoard("board-test-hwb", "Not yours"), {}, robot))).toBe("GOV_FORBIDDEN");
    const listed = await graphql<{ listApiTokens: { name: string; areas: string[] | null }[] }>(app, `{ listApiTokens { name areas } }`, {}, admin);
    expect(listed.data?.listApiTokens).toContainEqual({ name: "Otherby robot", areas: ["area-otherby"] });
    const unknown = await graphql(app, `mutation { createApiToken(name: "Typo", role: EDITOR, areas: ["area-othreby"]) { token } }`, {}, admin);
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: "GOV_NOT_FOUND", fieldPath: ["areas", 0] } });
  });
});
