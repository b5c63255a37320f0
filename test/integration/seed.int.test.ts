import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeSources, } from "../../server/domain/entity-record.ts";
import { SeedFileError } from "../../server/domain/seed-file.ts";
import { countGraph, listSeedFiles, loadSeeds, type SeedCounts } from "../../server/seed/load-seeds.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "../support/test-database.ts";

const DOC = {
  plan2016: "000_27187222b5e33ce2.txt",
  cabinet2016: "001_a414b3e6b1f1e331.txt",
  essex2011: "002_04cb78379c9a0f0c.txt",
  essexWorks2008: "003_b0fd0094a5cb25d1.txt",
  southend: "004_74f13835036de04e.txt",
};

describe("seed data: the five documents loaded into a real Neo4j", () => {
  let db: TestDatabase;
  let counts: SeedCounts;

  const entity = async (id: string) => {
    const [row] = await db.runner.read("entities/get-entity", { id });
    if (!row) throw new Error(`no node ${id}`);
    return row.entity;
  };
  const fact = async (from: string, type: string, to: string) => {
    const [row] = await db.runner.read("test/get-fact", { from, type, to });
    return row ? { ...row, sources: decodeSources(row.sources) } : undefined;
  };

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.wipe();
    counts = await loadSeeds(db.runner, testLogger);
  });
  afterAll(async () => db.close());

  it("holds every label and relationship type the documents need", () => {
    console.log("Nodes per label", counts.labels);
    console.log("Relationships per type", counts.relationshipTypes);
    for (const label of ["Area", "Board", "Organisation", "Person", "Role", "Strategy", "Priority", "Outcome", "Objective", "AreaOfFocus", "TermsOfReference", "HealthCheck"]) {
      expect(counts.labels[label], label).toBeGreaterThan(0);
    }
    for (const type of ["ACCOUNTABLE_TO", "GOVERNED_THROUGH", "OVERSEEN_BY", "LEADS", "CHAIRS", "MEMBER_OF", "REPLACES", "ENDORSES", "APPROVES", "ENABLES", "SITS_WITHIN", "SITS_ALONGSIDE", "IN_AREA"]) {
      expect(counts.relationshipTypes[type], type).toBeGreaterThan(0);
    }
    expect(counts.labels.AreaOfFocus).toBe(4);
    expect(counts.labels.Board).toBeGreaterThan(40);
    expect(counts.labels.Strategy).toBeGreaterThan(80);
  });

  it("004: the Neglect Strategy, once, with its lead, route and oversight, citing section 4", async () => {
    const neglect = await entity("strategy-southend-neglect-strategy");
    expect(neglect.name).toBe("Neglect Strategy and action plan");
    expect(neglect.sources.map((s) => s.document)).toEqual([DOC.southend]);
    expect(neglect.sources[0]?.section).toMatch(/^4\. Leadership and governance/);
    expect(await fact("person-john-oloughlin", "LEADS", "strategy-southend-neglect-strategy")).toBeDefined();
    expect(await fact("strategy-southend-neglect-strategy", "GOVERNED_THROUGH", "board-southend-lscb")).toBeDefined();
    expect(await fact("strategy-southend-neglect-strategy", "OVERSEEN_BY", "board-southend-sfacg")).toBeDefined();
    const accountable = await fact("board-southend-sfacg", "ACCOUNTABLE_TO", "board-southend-hwb");
    expect(accountable?.sources[0]).toMatchObject({ document: DOC.southend, date: "2016-04-01" });
  });

  it("004: rows without a lead or a route stay gaps", async () => {
    const [row] = await db.runner.read("entities/get-entity", { id: "strategy-southend-school-sports-partnerships" });
    expect(row).toBeDefined();
    expect(await fact("person-john-oloughlin", "LEADS", "strategy-southend-school-sports-partnerships")).toBeUndefined();
  });

  it("000: the Strategic Partnership sits within the HWB and alongside the safeguarding board", async () => {
    expect(await fact("board-essex-cyp-strategic-partnership", "SITS_WITHIN", "board-essex-hwb")).toBeDefined();
    expect(await fact("board-essex-cyp-strategic-partnership", "SITS_ALONGSIDE", "board-essex-escb")).toBeDefined();
    const partnership = await entity("board-essex-cyp-strategic-partnership");
    expect(partnership.validFrom).toBe("2016-05-17");
  });

  it("001: the 2016 plan replaces the 2013-16 plan, which ends; it enables the JHWS; five outcomes, the sixth recorded as missing", async () => {
    const replaces = await fact("strategy-essex-cyp-plan-2016", "REPLACES", "strategy-essex-cyp-plan-2013-16");
    expect(replaces?.sources[0]?.document).toBe(DOC.cabinet2016);
    const oldPlan = await entity("strategy-essex-cyp-plan-2013-16");
    expect([oldPlan.validFrom, oldPlan.validTo]).toEqual(["2013-01-01", "2016-05-17"]);
    expect(await fact("strategy-essex-cyp-plan-2016", "ENABLES", "strategy-essex-jhws-2013-18")).toBeDefined();
    expect(counts.labels.Outcome).toBeGreaterThanOrEqual(5);
    const plan = await entity("strategy-essex-cyp-plan-2016");
    expect(plan.ambiguity).toMatch(/announces 'six outcomes' and lists five/);
    expect(new Set(plan.sources.map((s) => s.document))).toEqual(new Set([DOC.plan2016, DOC.cabinet2016]));
  });

  it("002: the 2010 arrangements replace the Children's Trust, which ends in autumn 2010; a fact stated twice cites both documents", async () => {
    expect(await fact("board-essex-childrens-joint-working-arrangements-2010", "REPLACES", "board-essex-childrens-trust")).toBeDefined();
    const trust = await entity("board-essex-childrens-trust");
    expect(trust.validTo).toBe("2010-10-01");
    expect(trust.validFrom).toBe("2008-01-01");
    const hwb = await entity("board-essex-hwb");
    expect(new Set(hwb.sources.map((s) => s.document))).toEqual(new Set([DOC.plan2016, DOC.cabinet2016, DOC.essex2011]));
    expect(hwb.validFrom).toBe("2011-09-29");
  });

  it("003: the Children's Trust of about 2008 with its 11 partnerships and 28 delivery groups", async () => {
    const partnerships = await entity("board-essex-local-cypsps");
    expect(partnerships).toMatchObject({ count: 11 });
    expect(await entity("board-essex-local-delivery-groups")).toMatchObject({ count: 28 });
    expect(partnerships.sources[0]?.document).toBe(DOC.essexWorks2008);
    // Its parts end with the Trust arrangements that 002 says were replaced in autumn 2010.
    expect(partnerships.validTo).toBe("2010-10-01");
  });

  it("loading again changes nothing", async () => {
    const before = await db.runner.read("test/graph-fingerprint");
    await loadSeeds(db.runner, testLogger);
    const after = await db.runner.read("test/graph-fingerprint");
    expect(after).toEqual(before);
    expect(await countGraph(db.runner)).toEqual(counts);
  });

  it("refuses a broken seed file naming file, line and path, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "broken-seed-"));
    const southend = listSeedFiles().find((file) => file.includes("004-"));
    if (!southend) throw new Error("004 seed missing");
    const broken = join(dir, "004-southend-cyp-plan-2016-17.yaml");
    const text = readFileSync(southend, "utf8").replace(
      "type: OVERSEEN_BY, from: strategy-southend-neglect-strategy",
      "type: OVERSEEN_BY, from: strategy-that-does-not-exist",
    );
    writeFileSync(broken, text);
    await db.wipe();
    const error = await loadSeeds(db.runner, testLogger, [...listSeedFiles().filter((f) => !f.includes("004-")), broken]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedFileError);
    expect((error as Error).message).toMatch(/004-southend-cyp-plan-2016-17\.yaml:\d+ relationships\[\d+\]\.from/);
    expect((error as Error).message).toMatch(/strategy-that-does-not-exist/);
    expect(await countGraph(db.runner)).toEqual({ labels: {}, relationshipTypes: {} });
  });
});
