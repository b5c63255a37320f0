
import { useSeededApp } from "../support/seeded-app.ts";
import { describe, expect, it } from "vitest";
import { graphql } from "../support/test-app.ts";

// A small graph of its own with a reporting cycle that holds only in 2015:
// the strategy is overseen by A; A is accountable to B; B reports to C and to
// the top T; C is accountable to A during 2015.
const CYCLESHIRE = `
document: { file: 900_00000000000000c1.txt, title: Cycleshire fixture, date: 2015-01-01 }
nodes:
  - { id: area-cycleshire, label: Area, name: Cycleshire, kind: COUNTY, section: s1 }
  - { id: board-cycleshire-a, label: Board, name: Cycleshire Board A, area: area-cycleshire, section: s1 }
  - { id: board-cycleshire-b, label: Board, name: Cycleshire Board B, area: area-cycleshire, section: s1 }
  - { id: board-cycleshire-c, label: Board, name: Cycleshire Board C, area: area-cycleshire, section: s1 }
  - { id: board-cycleshire-top, label: Board, name: Cycleshire Top Board, area: area-cycleshire, section: s1 }
  - { id: strategy-cycleshire-plan, label: Strategy, name: Cycleshire Plan, area: area-cycleshire, section: "2" }
relationships:
  - { type: OVERSEEN_BY, from: strategy-cycleshire-plan, to: board-cycleshire-a, section: "2" }
  - { type: ACCOUNTABLE_TO, from: board-cycleshire-a, to: board-cycleshire-b, section: s1 }
  - { type: REPORTS_TO, from: board-cycleshire-b, to: board-cycleshire-c, section: s1 }
  - { type: REPORTS_TO, from: board-cycleshire-b, to: board-cycleshire-top, section: s1 }
  - { type: ACCOUNTABLE_TO, from: board-cycleshire-c, to: board-cycleshire-a, section: s3, validTo: 2016-01-01 }
`;

const CHAIN = /* GraphQL */ `
  query Chain($id: ID!, $asOf: Date) {
    oversightChain(strategyId: $id, asOf: $asOf) {
      strategy { id name }
      asOf
      leads { entity { id name label } roles { name } organisations { id name } sources { document section } }
      approvals { relationship entity { id } }
      paths { end note steps { fromId relationship entity { id name } chairs { name } sources { document section date } } }
      tops { id name }
      gaps { kind message entity { id } related { id } evidence { document section } }
      truncated
    }
  }
`;

interface Step {
  fromId: string;
  relationship: string;
  entity: { id: string; name: string };
  chairs: { name: string }[];
  sources: { document: string; section: string; date: string }[];
}
interface Chain {
  strategy: { id: string; name: string };
  leads: { entity: { id: string; name: string; label: string }; organisations: { id: string; name: string }[]; sources: unknown[] }[];
  approvals: { relationship: string; entity: { id: string } }[];
  paths: { end: string; note: string; steps: Step[] }[];
  tops: { id: string; name: string }[];
  gaps: { kind: string; message: string; entity: { id: string } | null; related: { id: string }[]; evidence: { document: string }[] }[];
  truncated: boolean;
}

const route = (path: { steps: Step[] }) => path.steps.map((step) => `${step.relationship} ${step.entity.id}`);

describe("oversightChain: who oversees a strategy", () => {
  const seeded = useSeededApp({ text: CYCLESHIRE, name: "cycleshire.yaml" });

  async function chain(id: string, asOf?: string): Promise<Chain> {
    const answer = await graphql<{ oversightChain: Chain }>(seeded.app, CHAIN, { id, asOf });
    expect(answer.errors).toBeUndefined();
    return answer.data?.oversightChain as Chain;
  }

  it("traces the Neglect Strategy in Southend: lead, LSCB route, SFACG oversight up to the HWB and by statute to the council (004 section 4)", async () => {
    const neglect = await chain("strategy-southend-neglect-strategy");
    expect(neglect.strategy.name).toBe("Neglect Strategy and action plan");
    expect(neglect.leads.map((lead) => lead.entity.name)).toEqual(["John O'Loughlin"]);
    expect(neglect.leads[0]?.organisations.map((org) => org.id)).toEqual(["org-southend-borough-council"]);
    expect(neglect.paths.map(route)).toEqual([
      ["GOVERNED_THROUGH board-southend-lscb"],
      ["OVERSEEN_BY board-southend-sfacg", "ACCOUNTABLE_TO board-southend-hwb", "COMMITTEE_OF org-southend-borough-council"],
    ]);
    const [governance, oversight] = neglect.paths;
    expect(governance?.steps[0]?.chairs.map((chair) => chair.name)).toEqual(["Chris Doorly"]);
    expect(oversight?.steps[1]?.sources[0]).toMatchObject({ document: expect.stringMatching(/^004_/), section: expect.stringContaining("4.") });
    // The issue: a Health and Wellbeing Board is by statute a committee of its council, and a chain may end at a council or an LSCB.
    expect(oversight?.end).toBe("STATUTORY_BODY");
    expect(oversight?.note).toBe(
      "Ends at Southend-on-Sea Borough Council, a council, where an accountability chain may end (reached by statute: Health and Social Care Act 2012, s194).",
    );
    expect(governance?.end).toBe("STATUTORY_BODY");
    expect(neglect.tops.map((top) => top.id)).toEqual(["board-southend-lscb", "org-southend-borough-council"]);
    expect(neglect.gaps).toEqual([]);
    expect(neglect.truncated).toBe(false);
  });

  it("traces the Essex 2016 plan through the Partnership that leads it, with its approval route (000 section 3; 001 3.15-3.16; 002 Appendix 5)", async () => {
    const plan = await chain("strategy-essex-cyp-plan-2016", "2016-06-01");
    expect(plan.leads.map((lead) => [lead.entity.id, lead.entity.label])).toEqual([["board-essex-cyp-strategic-partnership", "Board"]]);
    // 002 Appendix 5 makes the HWB part of the 2010 joint working arrangements, and no later document ends them.
    // The HWB is also, by statute, a committee of Essex County Council: that route ends at the council.
    expect(plan.paths.map(route)).toEqual([
      ["LEADS board-essex-cyp-strategic-partnership", "SITS_WITHIN board-essex-hwb", "COMMITTEE_OF org-essex-county-council"],
      ["LEADS board-essex-cyp-strategic-partnership", "SITS_WITHIN board-essex-hwb", "PART_OF board-essex-childrens-joint-working-arrangements-2010"],
    ]);
    expect(plan.approvals).toEqual(
      expect.arrayContaining([
        { relationship: "APPROVES", entity: { id: "board-essex-cabinet" } },
        { relationship: "ENDORSES", entity: { id: "board-essex-hwb" } },
      ]),
    );
    const kinds = plan.gaps.map((gap) => gap.kind);
    expect(kinds).toEqual(["NO_GOVERNANCE_ROUTE", "NO_OVERSIGHT_BODY", "NO_UPWARD_LINE"]);
    expect(plan.gaps[0]?.message).toMatch(
      /^No governance and reporting route for Essex Children and Young People's Strategic Plan 2016 in 000 .*; its routes follow its lead body Essex Children and Young People's Strategic Partnership$/,
    );
  });

  it("follows a governance body up to the council it is part of (004 section 2)", async () => {
    const programme = await chain("strategy-southend-healthy-child-programme");
    expect(programme.paths.map(route)).toContainEqual(["GOVERNED_THROUGH org-southend-public-health", "PART_OF org-southend-borough-council"]);
  });

  it("says plainly when 004 names no lead", async () => {
    const sports = await chain("strategy-southend-school-sports-partnerships");
    expect(sports.leads).toEqual([]);
    const noLead = sports.gaps.find((gap) => gap.kind === "NO_LEAD");
    expect(noLead?.message).toMatch(/^No named lead for Southend School Sports Partnerships in 004 section 4\. Leadership and governance/);
    expect(noLead?.entity?.id).toBe("strategy-southend-school-sports-partnerships");
    expect(noLead?.evidence[0]?.document).toMatch(/^004_/);
    expect(sports.gaps.map((gap) => gap.kind)).toContain("NO_GOVERNANCE_ROUTE");
    expect(sports.paths.map(route)).toEqual([
      ["OVERSEEN_BY board-southend-sfacg", "ACCOUNTABLE_TO board-southend-hwb", "COMMITTEE_OF org-southend-borough-council"],
    ]);
  });

  it("reports a reporting cycle with its bodies and never follows it round", async () => {
    const plan = await chain("strategy-cycleshire-plan", "2015-06-01");
    expect(plan.paths.map((path) => [path.end, ...route(path)])).toEqual([
      ["CYCLE", "OVERSEEN_BY board-cycleshire-a", "ACCOUNTABLE_TO board-cycleshire-b", "REPORTS_TO board-cycleshire-c", "ACCOUNTABLE_TO board-cycleshire-a"],
      ["TOP", "OVERSEEN_BY board-cycleshire-a", "ACCOUNTABLE_TO board-cycleshire-b", "REPORTS_TO board-cycleshire-top"],
    ]);
    const cycle = plan.gaps.find((gap) => gap.kind === "CYCLE");
    expect(cycle?.related.map((body) => body.id)).toEqual(["board-cycleshire-a", "board-cycleshire-b", "board-cycleshire-c"]);
    expect(cycle?.message).toBe(
      "Reporting cycle: Cycleshire Board A → Cycleshire Board B → Cycleshire Board C → Cycleshire Board A; the route is not followed round it again",
    );
    expect(cycle?.evidence.length).toBe(3);
    expect(plan.tops.map((top) => top.id)).toEqual(["board-cycleshire-top"]);
  });

  it("filters lines by date: the cycle is gone once its closing line has ended", async () => {
    const plan = await chain("strategy-cycleshire-plan", "2016-06-01");
    expect(plan.gaps.map((gap) => gap.kind)).not.toContain("CYCLE");
    expect(plan.paths.map((path) => path.end)).toEqual(["TOP", "TOP"]);
    expect(plan.tops.map((top) => top.id).sort()).toEqual(["board-cycleshire-c", "board-cycleshire-top"]);
  });

  it("traces the 2011 Essex commissioning strategy as it stood then (002 Appendix 5)", async () => {
    const strategy = await chain("strategy-essex-childrens-joint-commissioning-strategy", "2011-10-01");
    expect(strategy.paths.map(route)).toEqual([
      ["LEADS board-essex-childrens-partnership-board", "ACCOUNTABLE_TO board-essex-hwb", "PART_OF board-essex-childrens-joint-working-arrangements-2010"],
      ["LEADS board-essex-childrens-partnership-board", "PART_OF board-essex-childrens-joint-working-arrangements-2010"],
    ]);
  });

  it("says when a strategy was not yet in force on the date asked", async () => {
    const neglect = await chain("strategy-southend-neglect-strategy", "2011-10-01");
    expect(neglect.gaps[0]?.kind).toBe("NOT_IN_FORCE");
    expect(neglect.gaps[0]?.message).toMatch(/^Neglect Strategy and action plan was not in force on 2011-10-01/);
    expect(neglect.paths).toEqual([]);
    expect(neglect.leads).toEqual([]);
  });

  it("answers an unknown strategy id, or a board's id, with GOV_NOT_FOUND", async () => {
    for (const id of ["strategy-nowhere", "board-southend-sfacg"]) {
      const answer = await graphql(seeded.app, CHAIN, { id });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["strategyId"] });
    }
  });
});
