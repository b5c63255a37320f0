import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApiToken } from "../../server/jobs/access/manage-api-tokens.ts";
import { parseSeedFile } from "../../server/domain/seed-file.ts";
import { writeSeedFile } from "../../server/seed/load-seeds.ts";
import { createTestApp, graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase } from "../support/test-database.ts";

const FIXTURE = `
document: { file: 900_0000000000000002.txt, title: Testshire terms fixture, date: 2014-01-01 }
nodes:
  - { id: area-testshire, label: Area, name: Testshire, kind: COUNTY, section: s1 }
  - { id: board-testshire-hwb, label: Board, name: Testshire Health and Wellbeing Board, kind: HEALTH_AND_WELLBEING_BOARD, area: area-testshire, section: s1 }
  - { id: board-testshire-partnership, label: Board, name: Testshire Children's Partnership, kind: STRATEGIC_PARTNERSHIP, area: area-testshire, section: s1 }
  - { id: org-testshire-council, label: Organisation, name: Testshire County Council, kind: COUNCIL, section: s1 }
  - { id: org-testshire-ccg, label: Organisation, name: Testshire CCG, kind: NHS_COMMISSIONER, section: s1 }
  - { id: role-testshire-leader, label: Role, name: Leader of Testshire County Council, kind: COUNCIL_LEADER, section: s1 }
  - id: tor-testshire-partnership
    label: TermsOfReference
    name: Terms of reference of the Testshire Children's Partnership
    section: s2
    props: { membership: "org-testshire-council; org-testshire-ccg", adoptedOn: 2014-04-01, reviewDue: 2015-04-01 }
relationships:
  - { type: HAS_TERMS_OF_REFERENCE, from: board-testshire-partnership, to: tor-testshire-partnership, section: s2 }
  - { type: CHAIRS, from: role-testshire-leader, to: board-testshire-hwb, section: s1 }
  - { type: MEMBER_OF, from: org-testshire-council, to: board-testshire-hwb, section: s1 }
  - { type: ACCOUNTABLE_TO, from: board-testshire-hwb, to: org-testshire-council, section: s1 }
`;

const ITEM = /* GraphQL */ `
  fragment Item on BoardTermsOfReference {
    asOf status reviewDue reviewDueBasis
    termsOfReference { id version validFrom validTo purpose chairId requiredMemberIds quorum accountableToIds adoptedOn reviewDue sources { document section date } }
    discrepancies { kind party { id } }
    previousVersions { id version validFrom validTo requiredMemberIds }
  }
`;
const RECORD = /* GraphQL */ `
  mutation Record($boardId: ID!, $input: TermsOfReferenceInput!) { recordTermsOfReference(boardId: $boardId, input: $input) { ...Item } }
  ${ITEM}
`;
const REVISE = /* GraphQL */ `
  mutation Revise($id: ID!, $input: TermsOfReferenceInput!, $expectedVersion: Int) {
    reviseTermsOfReference(id: $id, input: $input, expectedVersion: $expectedVersion) { ...Item }
  }
  ${ITEM}
`;
const COUNT = /* GraphQL */ `{ entities(label: "TermsOfReference") { id validTo } }`;
const REVIEW = /* GraphQL */ `
  query Review($asOf: Date!) { termsOfReferenceReview(asOf: $asOf, area: "area-testshire") { boards { board { id } ...Item } } }
  ${ITEM}
`;

type Item = {
  asOf: string;
  status: string;
  termsOfReference: Record<string, unknown> & { id: string; version: number };
  discrepancies: { kind: string; party: { id: string } }[];
  previousVersions: { id: string; version: number; validFrom: string; validTo: string | null; requiredMemberIds: string[] }[];
};

describe("recordTermsOfReference and reviseTermsOfReference", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let editor: Record<string, string>;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.wipe();
    await writeSeedFile(db.runner, parseSeedFile(FIXTURE, "fixture.yaml"));
    app = await createTestApp(db.runner);
    const actor = { id: "cli:tests", name: "tests", role: "admin", via: "cli" } as const;
    const { token } = await issueApiToken(db.runner, actor, "terms-of-reference tests", "editor");
    editor = { authorization: `Bearer ${token}` };
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const send = <T>(query: string, variables: Record<string, unknown>) => graphql<T>(app, query, variables, editor);
  const termsNodes = async () => (await graphql<{ entities: { id: string; validTo: string | null }[] }>(app, COUNT)).data!.entities;

  it("records terms for a board that has none, citing the user as source", async () => {
    const answer = await send<{ recordTermsOfReference: Item }>(RECORD, {
      boardId: "board-testshire-hwb",
      input: {
        purpose: "Improve the health and wellbeing of Testshire",
        chairId: "role-testshire-leader",
        requiredMemberIds: ["org-testshire-council", "org-testshire-ccg"],
        accountableToIds: ["org-testshire-council"],
        quorum: 4,
        adoptedOn: "2015-03-01",
      },
    });
    expect(answer.errors).toBeUndefined();
    const item = answer.data!.recordTermsOfReference;
    expect(item).toMatchObject({ asOf: today, status: "OVERDUE", reviewDue: "2016-03-01", reviewDueBasis: "ADOPTED_PLUS_ONE_YEAR" });
    expect(item.termsOfReference).toMatchObject({
      id: "tor-testshire-hwb-v1",
      version: 1,
      validFrom: "2015-03-01",
      validTo: null,
      chairId: "role-testshire-leader",
      requiredMemberIds: ["org-testshire-council", "org-testshire-ccg"],
      quorum: 4,
      sources: [{ document: "entered by user", section: "terms of reference", date: today }],
    });
    // The CCG is required but not a member in the graph; the chair and the accountability line are there.
    expect(item.discrepancies).toEqual([{ kind: "REQUIRED_MEMBER_MISSING", party: { id: "org-testshire-ccg" } }]);
  });

  it("refuses to record a second set of terms beside the ones in force", async () => {
    const answer = await send(RECORD, { boardId: "board-testshire-hwb", input: { purpose: "Again" } });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "GOV_CONFLICT", fieldPath: ["boardId"], currentId: "tor-testshire-hwb-v1" });
  });

  it("revises terms into a new version that replaces the old, keeping the old one", async () => {
    const answer = await send<{ reviseTermsOfReference: Item }>(REVISE, {
      id: "tor-testshire-hwb-v1",
      expectedVersion: 1,
      input: { reviewDue: "2099-01-01", requiredMemberIds: ["org-testshire-council"], quorum: null },
    });
    expect(answer.errors).toBeUndefined();
    const item = answer.data!.reviseTermsOfReference;
    expect(item.status).toBe("CURRENT");
    expect(item.termsOfReference).toMatchObject({
      id: "tor-testshire-hwb-v2",
      version: 2,
      validFrom: today,
      // Left out: kept from version 1. Set to null: cleared.
      purpose: "Improve the health and wellbeing of Testshire",
      adoptedOn: "2015-03-01",
      quorum: null,
      requiredMemberIds: ["org-testshire-council"],
      reviewDue: "2099-01-01",
    });
    expect(item.discrepancies).toEqual([]);
    expect(item.previousVersions).toEqual([
      { id: "tor-testshire-hwb-v1", version: 1, validFrom: "2015-03-01", validTo: today, requiredMemberIds: ["org-testshire-council", "org-testshire-ccg"] },
    ]);
    // As of a date before the revision, the first version is the one in force.
    const before = await graphql<{ termsOfReferenceReview: { boards: (Item & { board: { id: string } })[] } }>(app, REVIEW, { asOf: "2015-06-01" });
    const hwb = before.data!.termsOfReferenceReview.boards.find((b) => b.board.id === "board-testshire-hwb")!;
    expect(hwb.termsOfReference.id).toBe("tor-testshire-hwb-v1");
    expect(hwb.status).toBe("CURRENT");
    // The audit log names who revised what, with the version replaced.
    const history = await send<{ history: { actor: string; action: string; before: string | null; after: string | null }[] }>(
      /* GraphQL */ `query History($id: ID!) { history(entityId: $id) { actor action before after } }`,
      { id: "tor-testshire-hwb-v2" },
    );
    const [entry] = history.data!.history;
    expect(entry).toMatchObject({ actor: "terms-of-reference tests", action: "reviseTermsOfReference" });
    expect(JSON.parse(entry!.before!)).toMatchObject({ id: "tor-testshire-hwb-v1", version: 1, quorum: 4 });
    expect(JSON.parse(entry!.after!)).toMatchObject({ id: "tor-testshire-hwb-v2", version: 2, replaces: "tor-testshire-hwb-v1", quorum: null });
  });

  it("refuses to revise a replaced version, or from a stale version number", async () => {
    const replaced = await send(REVISE, { id: "tor-testshire-hwb-v1", input: { purpose: "Late" } });
    expect(replaced.errors?.[0]?.extensions).toMatchObject({ code: "GOV_CONFLICT", fieldPath: ["id"] });
    expect(replaced.errors?.[0]?.message).toContain("tor-testshire-hwb-v2");
    const stale = await send(REVISE, { id: "tor-testshire-hwb-v2", expectedVersion: 1, input: { purpose: "Stale" } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "GOV_CONFLICT", fieldPath: ["expectedVersion"], currentVersion: 2 });
  });

  it("lets only one of two simultaneous revisions of a version through", async () => {
    const revise = (purpose: string) => send<{ reviseTermsOfReference: Item }>(REVISE, { id: "tor-testshire-hwb-v2", input: { purpose } });
    const answers = await Promise.all([revise("First"), revise("Second")]);
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["GOV_CONFLICT", "OK"]);
    const winner = answers.find((answer) => !answer.errors)!.data!.reviseTermsOfReference;
    expect(winner.termsOfReference).toMatchObject({ id: "tor-testshire-hwb-v3", version: 3 });
  });

  it("revises seeded terms, carrying over the ids their text names", async () => {
    const answer = await send<{ reviseTermsOfReference: Item }>(REVISE, { id: "tor-testshire-partnership", input: { reviewDue: "2099-04-01" } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.reviseTermsOfReference.termsOfReference).toMatchObject({
      id: "tor-testshire-partnership-v2",
      version: 2,
      requiredMemberIds: ["org-testshire-council", "org-testshire-ccg"],
      adoptedOn: "2014-04-01",
    });
  });

  it("refuses bad input with a coded error naming the field, and writes nothing", async () => {
    const before = await termsNodes();
    const cases: [string, Record<string, unknown>, string, (string | number)[]][] = [
      [RECORD, { boardId: "board-testshire-nowhere", input: { purpose: "x" } }, "GOV_NOT_FOUND", ["boardId"]],
      [RECORD, { boardId: "board-testshire-partnership", input: { purpose: "x" } }, "GOV_CONFLICT", ["boardId"]],
      [RECORD, { boardId: "board-testshire-hwb", input: {} }, "GOV_INPUT_INVALID", ["input"]],
      [REVISE, { id: "tor-testshire-hwb-v3", input: { requiredMemberIds: ["org-testshire-council", "org-testshire-nobody"] } }, "GOV_NOT_FOUND", ["input", "requiredMemberIds", 1]],
      [REVISE, { id: "tor-testshire-hwb-v3", input: { requiredMemberIds: ["org-testshire-ccg", "org-testshire-ccg"] } }, "GOV_INPUT_INVALID", ["input", "requiredMemberIds", 1]],
      [REVISE, { id: "tor-testshire-hwb-v3", input: { chairId: "org-testshire-council" } }, "GOV_INPUT_INVALID", ["input", "chairId"]],
      [REVISE, { id: "tor-testshire-hwb-v3", input: { accountableToIds: ["board-testshire-hwb"] } }, "GOV_INPUT_INVALID", ["input", "accountableToIds", 0]],
      [REVISE, { id: "tor-testshire-hwb-v3", input: { quorum: 0 } }, "GOV_INPUT_INVALID", ["input", "quorum"]],
      [REVISE, { id: "tor-testshire-hwb-v3", input: { adoptedOn: "2016-05-01", reviewDue: "2016-04-01" } }, "GOV_INPUT_INVALID", ["input", "reviewDue"]],
      // The review date kept from version 3 is 2099; an adoption after it is refused too.
      [REVISE, { id: "tor-testshire-hwb-v3", input: { adoptedOn: "2100-01-01" } }, "GOV_INPUT_INVALID", ["input", "adoptedOn"]],
      [REVISE, { id: "tor-testshire-hwb-v3", input: { adoptedOn: "2015-01-01" } }, "GOV_INPUT_INVALID", ["input", "adoptedOn"]],
      [REVISE, { id: "tor-testshire-nowhere", input: { purpose: "x" } }, "GOV_NOT_FOUND", ["id"]],
    ];
    for (const [query, variables, code, fieldPath] of cases) {
      const answer = await send(query, variables);
      const extensions = answer.errors?.[0]?.extensions ?? {};
      // List indices arrive as numbers or digit strings depending on which check caught the input.
      const path = (extensions.fieldPath as unknown[] | undefined)?.map(String);
      expect({ variables, code: extensions.code, path }).toEqual({ variables, code, path: fieldPath.map(String) });
      expect(answer.data ?? null).toBeNull();
    }
    expect(await termsNodes()).toEqual(before);
  });
});
