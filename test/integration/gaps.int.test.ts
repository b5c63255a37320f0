
import { useSeededApp } from "../support/seeded-app.ts";
import { describe, expect, it } from "vitest";
import { graphql } from "../support/test-app.ts";

// An area of its own: a cycle between B and C beside a plain route, and a
// strategy whose only route runs through A and B to the top.
const LOOPSHIRE = `
document: { file: 900_00000000000000d1.txt, title: Loopshire fixture, date: 2015-01-01 }
nodes:
  - { id: area-loopshire, label: Area, name: Loopshire, kind: COUNTY, section: s1 }
  - { id: board-loopshire-a, label: Board, name: Loopshire Board A, area: area-loopshire, section: s1 }
  - { id: board-loopshire-b, label: Board, name: Loopshire Board B, area: area-loopshire, section: s1 }
  - { id: board-loopshire-c, label: Board, name: Loopshire Board C, area: area-loopshire, section: s1 }
  - { id: board-loopshire-top, label: Board, name: Loopshire Top Board, area: area-loopshire, section: s1 }
  - { id: person-loopshire-chair, label: Person, name: Robin Loop, section: s1 }
  - { id: strategy-loopshire-plan, label: Strategy, name: Loopshire Plan, area: area-loopshire, section: "2" }
relationships:
  - { type: LEADS, from: person-loopshire-chair, to: strategy-loopshire-plan, section: "2" }
  - { type: GOVERNED_THROUGH, from: strategy-loopshire-plan, to: board-loopshire-a, section: "2" }
  - { type: OVERSEEN_BY, from: strategy-loopshire-plan, to: board-loopshire-a, section: "2" }
  - { type: CHAIRS, from: person-loopshire-chair, to: board-loopshire-a, section: s1 }
  - { type: ACCOUNTABLE_TO, from: board-loopshire-a, to: board-loopshire-b, section: s1 }
  - { type: REPORTS_TO, from: board-loopshire-b, to: board-loopshire-top, section: s1 }
  - { type: REPORTS_TO, from: board-loopshire-c, to: board-loopshire-b, section: s1 }
  - { type: ACCOUNTABLE_TO, from: board-loopshire-b, to: board-loopshire-c, section: s1 }
`;

const GAPS = /* GraphQL */ `
  query Gaps($area: String, $asOf: Date, $leadThreshold: Int, $chairThreshold: Int) {
    accountabilityGaps(area: $area, asOf: $asOf, leadThreshold: $leadThreshold, chairThreshold: $chairThreshold) {
      area { id }
      asOf
      strategiesWithoutLead { ...Gap }
      strategiesWithoutGovernanceRoute { ...Gap }
      strategiesWithoutOversight { ...Gap }
      bodiesWithoutUpwardLine { ...Gap }
      cycles { ...Gap }
      overloadedPeople { ...Gap }
      singlePointsOfFailure { ...Gap }
    }
  }
  fragment Gap on OversightGap { kind message entity { id } related { id } evidence { document } }
`;

interface Gap {
  kind: string;
  message: string;
  entity: { id: string } | null;
  related: { id: string }[];
  evidence: { document: string }[];
}
type Gaps = { area: { id: string } | null; asOf: string | null } & Record<
  | "strategiesWithoutLead"
  | "strategiesWithoutGovernanceRoute"
  | "strategiesWithoutOversight"
  | "bodiesWithoutUpwardLine"
  | "cycles"
  | "overloadedPeople"
  | "singlePointsOfFailure",
  Gap[]
>;

const about = (gaps: Gap[]) => gaps.map((gap) => gap.entity?.id);

describe("accountabilityGaps: where accountability is missing or thin", () => {
  const seeded = useSeededApp({ text: LOOPSHIRE, name: "loopshire.yaml" });

  async function gaps(variables: Record<string, unknown>): Promise<Gaps> {
    const answer = await graphql<{ accountabilityGaps: Gaps }>(seeded.app, GAPS, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data?.accountabilityGaps as Gaps;
  }

  it("finds Southend's strategies without a lead, a governance route or oversight, as 004 section 4 leaves them", async () => {
    const southend = await gaps({ area: "area-southend-on-sea" });
    expect(southend.area?.id).toBe("area-southend-on-sea");
    expect(about(southend.strategiesWithoutLead)).toEqual(
      expect.arrayContaining(["strategy-southend-school-sports-partnerships", "strategy-southend-community-paediatric-review"]),
    );
    expect(about(southend.strategiesWithoutLead)).not.toContain("strategy-southend-neglect-strategy");
    expect(about(southend.strategiesWithoutGovernanceRoute)).toContain("strategy-southend-school-sports-partnerships");
    expect(about(southend.strategiesWithoutGovernanceRoute)).not.toContain("strategy-southend-neglect-strategy");
    expect(southend.strategiesWithoutLead.every((gap) => gap.message.startsWith("No named lead for ") && gap.evidence.length > 0)).toBe(true);
  });

  it("finds bodies with no upward line, but not the HWB (a committee of its council by statute) nor the LSCB (a statutory body)", async () => {
    const southend = await gaps({ area: "Southend-on-Sea" });
    // The issue changed this answer: the HWB is COMMITTEE_OF the council, and a chain may end at an LSCB.
    for (const id of ["board-southend-lscb", "board-southend-hwb", "board-southend-sfacg"]) expect(about(southend.bodiesWithoutUpwardLine)).not.toContain(id);
    const executive = southend.bodiesWithoutUpwardLine.find((gap) => gap.entity?.id === "board-southend-joint-executive-board");
    expect(executive?.message).toMatch(/^Joint Executive Board has no upward accountability line \(named in 004 /);
  });

  it("names the people who lead more strategies, or chair more bodies, than the thresholds", async () => {
    const southend = await gaps({ area: "area-southend-on-sea", leadThreshold: 5, chairThreshold: 5 });
    expect(southend.overloadedPeople.map((gap) => gap.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Carol Compton leads \d+ strategies \(more than 5\)$/)]),
    );
    const carol = southend.overloadedPeople.find((gap) => gap.message.startsWith("Carol Compton"));
    expect(carol?.related.length).toBeGreaterThan(5);
    const chairs = await gaps({ area: "area-southend-on-sea", leadThreshold: 100, chairThreshold: 0 });
    expect(about(chairs.overloadedPeople)).toEqual(expect.arrayContaining(["person-simon-leftley", "person-chris-doorly"]));
    expect(chairs.overloadedPeople.every((gap) => / chairs \d+ bod/.test(gap.message))).toBe(true);
  });

  it("finds the SFACG as a single point of failure for the strategies it alone oversees, and its sole chair", async () => {
    const southend = await gaps({ area: "area-southend-on-sea" });
    const sfacg = southend.singlePointsOfFailure.find((gap) => gap.entity?.id === "board-southend-sfacg");
    expect(sfacg?.related.map((s) => s.id)).toContain("strategy-southend-school-sports-partnerships");
    expect(sfacg?.related.map((s) => s.id)).not.toContain("strategy-southend-neglect-strategy");
    expect(sfacg?.message).toMatch(/^Every accountability route of \d+ strategies passes through Success for All Children Group; without it they have no line to Southend-on-Sea Borough Council$/);
    const chair = southend.singlePointsOfFailure.find((gap) => gap.entity?.id === "person-simon-leftley");
    expect(chair?.message).toMatch(/^Simon Leftley is the only recorded chair of Success for All Children Group/);
  });

  it("reports a reporting cycle once, with its bodies, and the bodies every route passes through", async () => {
    const loopshire = await gaps({ area: "area-loopshire" });
    expect(loopshire.cycles).toHaveLength(1);
    expect(loopshire.cycles[0]?.related.map((body) => body.id)).toEqual(["board-loopshire-b", "board-loopshire-c"]);
    expect(loopshire.cycles[0]?.message).toBe("Reporting cycle: Loopshire Board B → Loopshire Board C → Loopshire Board B; the route is not followed round it again");
    expect(about(loopshire.singlePointsOfFailure)).toEqual(["board-loopshire-a", "person-loopshire-chair", "board-loopshire-b"]);
    expect(about(loopshire.bodiesWithoutUpwardLine)).toEqual(["board-loopshire-top"]);
    expect(loopshire.strategiesWithoutLead).toEqual([]);
  });

  it("judges an area as it stood on a date: Southend's 2016-17 strategies were not yet in force in 2011", async () => {
    const southend2011 = await gaps({ area: "area-southend-on-sea", asOf: "2011-10-01" });
    expect(southend2011.asOf).toBe("2011-10-01");
    expect(about(southend2011.strategiesWithoutLead)).not.toContain("strategy-southend-school-sports-partnerships");
    expect(southend2011.singlePointsOfFailure).toEqual([]);
  });

  it("covers every area when none is named, and refuses an unknown one", async () => {
    const everywhere = await gaps({});
    expect(everywhere.area).toBeNull();
    expect(about(everywhere.bodiesWithoutUpwardLine)).toEqual(expect.arrayContaining(["board-essex-plan-oversight-group", "board-loopshire-top"]));
    expect(about(everywhere.bodiesWithoutUpwardLine)).not.toContain("board-southend-hwb");
    const unknown = await graphql(seeded.app, GAPS, { area: "Atlantis" });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["area"] });
  });
});
