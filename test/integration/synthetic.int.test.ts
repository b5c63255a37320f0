import type { FastifyInstance } from "fastify";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSeedFile, type SeedFile } from "../../server/domain/seed-file.ts";
import { countGraph } from "../../server/seed/load-seeds.ts";
import { DEFAULT_REFERENCE_DATE, generateCouncil } from "../../bench/synthetic/generate-council.ts";
import { loadSynthetic } from "../../bench/synthetic/load-synthetic.ts";
import { describeSynthetic } from "../../bench/synthetic/synthetic-stats.ts";
import { createTestApp, graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase } from "../support/test-database.ts";

const asOf = DEFAULT_REFERENCE_DATE;
const inForce = (fact: { validFrom?: string; validTo?: string }) => (fact.validFrom ?? "") <= asOf && (fact.validTo === undefined || fact.validTo > asOf);

describe("a synthetic council", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  const council: SeedFile = generateCouncil(1);

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.wipe();
    app = await createTestApp(db.runner);
  });

  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it("validates as a seed file and loads through the seed loader, all of it", async () => {
    expect(() => parseSeedFile(stringify(council), "synthetic-council-1.yaml")).not.toThrow();
    const report = await loadSynthetic(db.runner, { to: 1, progress: false });
    const stats = describeSynthetic(council);
    expect(report).toMatchObject({ councils: 1, nodes: stats.nodes, relationships: stats.relationships });

    const counts = await countGraph(db.runner);
    for (const label of ["Area", "Board", "Organisation", "Person", "Role", "Strategy", "TermsOfReference"]) {
      expect(counts.labels[label], label).toBe(council.nodes.filter((node) => node.label === label).length);
    }
    // The statutory line rules draw lines no file states (a Health and Wellbeing Board COMMITTEE_OF its council): the issue added them.
    const statutory = (counts.relationshipTypes.COMMITTEE_OF ?? 0) + (counts.relationshipTypes.EXECUTIVE_OF ?? 0);
    expect(council.relationships.filter((rel) => rel.type === "COMMITTEE_OF" || rel.type === "EXECUTIVE_OF")).toEqual([]);
    expect(Object.values(counts.relationshipTypes).reduce((a, b) => a + b, 0)).toBe(stats.relationships + statutory);
  });

  it("shows its gaps and cycles through the API as generated: about 5% of strategies unled, and a cycle", async () => {
    const stats = describeSynthetic(council);
    expect(stats.strategiesWithoutLead / stats.strategies).toBeGreaterThan(0.005);
    expect(stats.strategiesWithoutLead / stats.strategies).toBeLessThan(0.12);
    const answer = await graphql<{ accountabilityGaps: { strategiesWithoutLead: unknown[]; cycles: { related: { id: string }[] }[] } }>(
      app,
      /* GraphQL */ `query($area: String!, $asOf: Date) { accountabilityGaps(area: $area, asOf: $asOf) { strategiesWithoutLead { entity { id } } cycles { related { id } } } }`,
      { area: "area-c1-main", asOf },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.accountabilityGaps.strategiesWithoutLead).toHaveLength(stats.strategiesWithoutLead);
    expect(answer.data?.accountabilityGaps.cycles.length).toBeGreaterThanOrEqual(stats.cycles);
  });

  it("answers the nested read of a board with the members, chairs and strategies generated for it, in one round trip", async () => {
    const boardId = "board-c1-cyp-partnership";
    const current = new Set(council.nodes.filter(inForce).map((node) => node.id));
    const into = (type: string) =>
      council.relationships.filter((rel) => rel.type === type && rel.to === boardId && inForce(rel) && current.has(rel.from)).map((rel) => rel.from);
    const before = db.runner.stats.transactions;
    const answer = await graphql<{ board: { members: { id: string }[]; chairs: { id: string }[]; governs: { strategy: { id: string } }[] } }>(
      app,
      /* GraphQL */ `query($id: ID!, $asOf: Date) { board(id: $id, asOf: $asOf) { members { id } chairs { id } governs { strategy { id } leads { id } } } }`,
      { id: boardId, asOf },
    );
    expect(answer.errors).toBeUndefined();
    expect(db.runner.stats.transactions - before).toBe(1);
    expect(answer.data?.board.members.map((m) => m.id).sort()).toEqual([...new Set(into("MEMBER_OF"))].sort());
    expect(answer.data?.board.chairs.map((c) => c.id).sort()).toEqual(into("CHAIRS").sort());
    const governed = council.relationships.filter((rel) => rel.type === "GOVERNED_THROUGH" && rel.to === boardId && inForce(rel) && current.has(rel.from));
    expect(answer.data?.board.governs.map((g) => g.strategy.id).sort()).toEqual(governed.map((rel) => rel.from).sort());
  });
});
