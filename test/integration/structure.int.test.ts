
import { useSeededApp } from "../support/seeded-app.ts";
import { describe, expect, it } from "vitest";
import { graphql } from "../support/test-app.ts";

interface View {
  nodes: { id: string; label: string }[];
  edges: { id: string; type: string; source: string; target: string; sources: { document: string }[] }[];
  asOf: string | null;
  truncated: boolean;
}

const LINES = /* GraphQL */ `
  query Lines($rootId: ID, $area: String, $asOf: Date, $depth: Int, $types: [String!]) {
    reportingLines(rootId: $rootId, area: $area, asOf: $asOf, depth: $depth, types: $types) {
      nodes { id label }
      edges { id type source target sources { document } }
      asOf
      truncated
    }
  }
`;

describe("reportingLines: the structure for a diagram, as it stood on a date", () => {
  const seeded = useSeededApp();

  async function lines(variables: Record<string, unknown>): Promise<View> {
    const answer = await graphql<{ reportingLines: View }>(seeded.app, LINES, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data?.reportingLines as View;
  }
  const ids = (view: View) => view.nodes.map((node) => node.id);

  it("returns the Essex structure of 2011 (002 Appendix 5) and not that of 2016", async () => {
    const essex2011 = await lines({ area: "area-essex", asOf: "2011-10-01" });
    expect(ids(essex2011)).toEqual(expect.arrayContaining(["board-essex-childrens-partnership-board", "board-essex-hwb", "board-essex-escb"]));
    expect(ids(essex2011)).not.toContain("board-essex-cyp-strategic-partnership");
    expect(ids(essex2011)).not.toContain("board-essex-locality-cp-north-east");
    expect(ids(essex2011)).not.toContain("board-essex-childrens-trust");
    expect(essex2011.edges.map((edge) => edge.id)).toContain("ACCOUNTABLE_TO:board-essex-childrens-partnership-board->board-essex-hwb");
    expect(essex2011.edges.map((edge) => edge.id)).not.toContain("SITS_WITHIN:board-essex-cyp-strategic-partnership->board-essex-hwb");
    expect(essex2011.asOf).toBe("2011-10-01");
  });

  it("returns the Essex structure of 2016 (000 section 3), localities included through PART_OF", async () => {
    const essex2016 = await lines({ area: "Essex", asOf: "2016-06-01" });
    expect(ids(essex2016)).toEqual(
      expect.arrayContaining(["board-essex-cyp-strategic-partnership", "board-essex-hwb", "board-essex-locality-cp-north-east", "board-essex-locality-cp-south"]),
    );
    const sitsWithin = essex2016.edges.find((edge) => edge.id === "SITS_WITHIN:board-essex-cyp-strategic-partnership->board-essex-hwb");
    expect(sitsWithin?.sources.map((source) => source.document)).toContainEqual(expect.stringMatching(/^000_/));
  });

  it("brings in people only where they chair or lead", async () => {
    const southend = await lines({ area: "area-southend-on-sea", asOf: "2016-06-01" });
    const people = southend.nodes.filter((node) => node.label === "Person").map((node) => node.id);
    expect(people).toEqual(expect.arrayContaining(["person-john-oloughlin", "person-simon-leftley"]));
    const personEdges = southend.edges.filter((edge) => people.includes(edge.source));
    expect(personEdges.every((edge) => ["CHAIRS", "LEADS", "MEMBER_OF", "REPRESENTS", "HOLDS_ROLE"].includes(edge.type))).toBe(true);
    // Every edge joins two nodes of the view.
    const inView = new Set(ids(southend));
    expect(southend.edges.every((edge) => inView.has(edge.source) && inView.has(edge.target))).toBe(true);
  });

  it("draws the subgraph around a node within the depth asked, in the relationship types asked", async () => {
    const one = await lines({ rootId: "board-southend-sfacg", depth: 1, types: ["ACCOUNTABLE_TO", "OVERSEEN_BY", "CHAIRS"] });
    expect(ids(one)).toEqual(expect.arrayContaining(["board-southend-sfacg", "board-southend-hwb", "person-simon-leftley", "strategy-southend-neglect-strategy"]));
    expect(new Set(one.edges.map((edge) => edge.type))).toEqual(new Set(["ACCOUNTABLE_TO", "OVERSEEN_BY", "CHAIRS"]));
    expect(ids(one)).not.toContain("board-southend-lscb");
    const two = await lines({ rootId: "board-southend-sfacg", depth: 2, types: ["ACCOUNTABLE_TO", "OVERSEEN_BY", "GOVERNED_THROUGH"] });
    expect(ids(two)).toContain("board-southend-lscb");
  });

  it("answers an unknown area or root with GOV_NOT_FOUND", async () => {
    const area = await graphql(seeded.app, LINES, { area: "Atlantis" });
    expect(area.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["area"] });
    const root = await graphql(seeded.app, LINES, { rootId: "board-nowhere" });
    expect(root.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["rootId"] });
  });
});

interface Diff {
  bodiesAdded: { id: string }[];
  bodiesEnded: { id: string }[];
  linesAdded: { id: string }[];
  linesEnded: { id: string }[];
  changed: { entity: { id: string }; linesAdded: { id: string }[]; linesEnded: { id: string }[] }[];
  replacements: { id: string; sources: { document: string }[] }[];
  notRestated: { entity: { id: string } | null; edge: { id: string } | null; lastStatedIn: { file: string }; newestDocument: { file: string }; message: string }[];
  entities: { id: string }[];
}

const DIFF = /* GraphQL */ `
  query Diff($area: String!, $from: Date!, $to: Date!) {
    structureDiff(area: $area, from: $from, to: $to) {
      bodiesAdded { id } bodiesEnded { id } linesAdded { id } linesEnded { id }
      changed { entity { id } linesAdded { id } linesEnded { id } }
      replacements { id sources { document } }
      notRestated { entity { id } edge { id } lastStatedIn { file } newestDocument { file } message }
      entities { id }
    }
  }
`;

describe("structureDiff: what changed between two dates", () => {
  const seeded = useSeededApp();

  async function diff(area: string, from: string, to: string): Promise<Diff> {
    const answer = await graphql<{ structureDiff: Diff }>(seeded.app, DIFF, { area, from, to });
    expect(answer.errors).toBeUndefined();
    return answer.data?.structureDiff as Diff;
  }

  it("compares Essex in October 2011 with June 2016", async () => {
    const essex = await diff("area-essex", "2011-10-01", "2016-06-01");
    expect(essex.bodiesAdded.map((b) => b.id)).toEqual(
      expect.arrayContaining(["board-essex-cyp-strategic-partnership", "board-essex-locality-cp-mid", "strategy-essex-cyp-plan-2016"]),
    );
    expect(essex.bodiesAdded.map((b) => b.id)).not.toContain("board-essex-hwb");
    expect(essex.linesAdded.map((l) => l.id)).toContain("SITS_WITHIN:board-essex-cyp-strategic-partnership->board-essex-hwb");
    // The HWB was there at both dates; the Partnership's line into it is what changed.
    const hwb = essex.changed.find((change) => change.entity.id === "board-essex-hwb");
    expect(hwb?.linesAdded.map((l) => l.id)).toContain("SITS_WITHIN:board-essex-cyp-strategic-partnership->board-essex-hwb");
    // 001 1.1: the 2016 plan replaces the 2013-16 plan.
    expect(essex.replacements.map((r) => r.id)).toContain("REPLACES:strategy-essex-cyp-plan-2016->strategy-essex-cyp-plan-2013-16");
    expect(essex.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["strategy-essex-cyp-plan-2013-16", "board-essex-hwb"]));
  });

  it("lists what the 2016 documents no longer mention, apart from what changed", async () => {
    const essex = await diff("Essex", "2011-10-01", "2016-06-01");
    const stale = essex.notRestated.find((fact) => fact.entity?.id === "board-essex-childrens-partnership-board");
    expect(stale?.lastStatedIn.file).toMatch(/^002_/);
    expect(stale?.newestDocument.file).toMatch(/^00[01]_/);
    expect(stale?.message).toMatch(/^Not restated since 002 \(2011-09-29\): Essex Children's Partnership Board; the newest document about Essex by 2016-06-01 is 00[01] \(2016-05-17\)$/);
    const line = essex.notRestated.find((fact) => fact.edge?.id === "ACCOUNTABLE_TO:board-essex-childrens-partnership-board->board-essex-hwb");
    expect(line?.lastStatedIn.file).toMatch(/^002_/);
    // Restated facts are not listed: the HWB is named again in 2016.
    expect(essex.notRestated.map((fact) => fact.entity?.id)).not.toContain("board-essex-hwb");
  });

  it("shows the Children's Trust ended and replaced in autumn 2010 (002 Appendix 5)", async () => {
    const essex = await diff("area-essex", "2008-06-01", "2011-10-01");
    expect(essex.bodiesEnded.map((b) => b.id)).toContain("board-essex-childrens-trust");
    const replaced = essex.replacements.find((r) => r.id === "REPLACES:board-essex-childrens-joint-working-arrangements-2010->board-essex-childrens-trust");
    expect(replaced?.sources[0]?.document).toMatch(/^002_/);
    expect(essex.bodiesAdded.map((b) => b.id)).toContain("board-essex-childrens-partnership-board");
  });

  it("refuses dates in the wrong order and answers an unknown area with GOV_NOT_FOUND", async () => {
    const backwards = await graphql(seeded.app, DIFF, { area: "area-essex", from: "2016-06-01", to: "2011-10-01" });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath: ["to"] });
    const unknown = await graphql(seeded.app, DIFF, { area: "Atlantis", from: "2011-10-01", to: "2016-06-01" });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["area"] });
  });
});
