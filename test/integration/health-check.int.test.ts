
import { useSeededApp } from "../support/seeded-app.ts";
import { describe, expect, it } from "vitest";
import { graphql } from "../support/test-app.ts";

// Two small counties beside the seed data: each statutory rule meets a board
// that passes it, one that fails it on a known seat, and one that only half passes.
const FIXTURE = `
document: { file: 900_0000000000000003.txt, title: Health-check fixture, date: 2015-01-01 }
nodes:
  - { id: area-testshire, label: Area, name: Testshire, kind: COUNTY, section: s1 }
  - { id: area-othershire, label: Area, name: Othershire, kind: UNITARY_AUTHORITY, section: s1, props: { safeguardingPartnersDate: 2019-06-29 } }
  - { id: board-testshire-hwb, label: Board, name: Testshire Health and Wellbeing Board, kind: HEALTH_AND_WELLBEING_BOARD, area: area-testshire, section: s1 }
  - { id: board-othershire-hwb, label: Board, name: Othershire Health and Wellbeing Board, kind: HEALTH_AND_WELLBEING_BOARD, area: area-othershire, section: s1 }
  - { id: board-testshire-scb, label: Board, name: Testshire Safeguarding Children Board, kind: SAFEGUARDING_BOARD, area: area-testshire, section: s1 }
  - { id: board-othershire-scb, label: Board, name: Othershire Safeguarding Children Board, kind: SAFEGUARDING_BOARD, area: area-othershire, section: s1 }
  - { id: board-testshire-exec, label: Board, name: Testshire Executive, kind: EXECUTIVE_OR_MANAGEMENT_TEAM, area: area-testshire, section: s1 }
  - { id: board-testshire-group, label: Board, name: Testshire Delivery Group, kind: DELIVERY_GROUP, area: area-testshire, section: s1 }
  - { id: org-testshire-council, label: Organisation, name: Testshire County Council, kind: COUNCIL, area: area-testshire, section: s1 }
  - { id: org-testshire-ccg, label: Organisation, name: NHS Testshire Clinical Commissioning Group, kind: NHS_COMMISSIONER, area: area-testshire, section: s1 }
  - { id: org-testshire-police, label: Organisation, name: Testshire Police, kind: POLICE, section: s1 }
  - { id: org-testshire-icb, label: Organisation, name: Testshire Integrated Care Board, kind: NHS_COMMISSIONER, areas: [area-testshire], section: s1, validFrom: 2022-07-01 }
  - { id: org-othershire-council, label: Organisation, name: Othershire Council, kind: COUNCIL, area: area-othershire, section: s1 }
  - { id: org-othershire-public-health, label: Organisation, name: Othershire Public Health, kind: COUNCIL_SERVICE, area: area-othershire, section: s1 }
  - { id: org-othershire-ccg, label: Organisation, name: Othershire CCG, kind: NHS_COMMISSIONER, area: area-othershire, section: s1 }
  - { id: org-healthwatch-othershire, label: Organisation, name: Healthwatch Othershire, kind: VOLUNTARY_BODY, area: area-othershire, section: s1 }
  - { id: role-testshire-cabinet-member, label: Role, name: Cabinet Member for Health, kind: CABINET_MEMBER, section: s1 }
  - { id: role-testshire-dcs, label: Role, name: Director of Children's Services, kind: DIRECTOR, section: s1 }
  - { id: role-testshire-dass, label: Role, name: Director of Adult Social Services, kind: DIRECTOR, section: s1 }
  - { id: role-testshire-dph, label: Role, name: Director of Public Health, kind: DIRECTOR, section: s1 }
  - { id: role-testshire-leader, label: Role, name: Leader of Testshire County Council, kind: COUNCIL_LEADER, section: s1 }
  - { id: role-othershire-director-people, label: Role, name: Corporate Director for People, kind: DIRECTOR, section: s1 }
  - { id: person-testshire-cllr, label: Person, name: Cllr Ann Able, section: s1 }
  - { id: person-testshire-dcs, label: Person, name: Ben Bright, section: s1 }
  - { id: person-testshire-dass, label: Person, name: Cara Care, section: s1 }
  - { id: person-testshire-dph, label: Person, name: Dev Health, section: s1 }
  - { id: person-testshire-police-rep, label: Person, name: Eve Constable, section: s1 }
  - { id: person-othershire-director, label: Person, name: Fay People, section: s1 }
  - { id: person-testshire-busy, label: Person, name: Gil Busy, section: s1 }
relationships:
  - { type: HOLDS_ROLE, from: person-testshire-cllr, to: role-testshire-cabinet-member, section: s1 }
  - { type: HOLDS_ROLE, from: person-testshire-dcs, to: role-testshire-dcs, section: s1 }
  - { type: HOLDS_ROLE, from: person-testshire-dass, to: role-testshire-dass, section: s1 }
  - { type: HOLDS_ROLE, from: person-testshire-dph, to: role-testshire-dph, section: s1 }
  - { type: HOLDS_ROLE, from: person-othershire-director, to: role-othershire-director-people, section: s1 }
  - { type: CHAIRS, from: role-testshire-leader, to: board-testshire-hwb, section: s2 }
  - { type: MEMBER_OF, from: person-testshire-cllr, to: board-testshire-hwb, section: s2 }
  - { type: MEMBER_OF, from: person-testshire-dcs, to: board-testshire-hwb, section: s2 }
  - { type: MEMBER_OF, from: person-testshire-dass, to: board-testshire-hwb, section: s2 }
  - { type: MEMBER_OF, from: person-testshire-dph, to: board-testshire-hwb, section: s2 }
  - { type: MEMBER_OF, from: org-testshire-ccg, to: board-testshire-hwb, section: s2 }
  - { type: MEMBER_OF, from: org-othershire-council, to: board-othershire-hwb, section: s3 }
  - { type: MEMBER_OF, from: org-othershire-public-health, to: board-othershire-hwb, section: s3 }
  - { type: MEMBER_OF, from: person-othershire-director, to: board-othershire-hwb, section: s3 }
  - { type: MEMBER_OF, from: org-healthwatch-othershire, to: board-othershire-hwb, section: s3 }
  - { type: MEMBER_OF, from: org-othershire-ccg, to: board-othershire-hwb, section: s3 }
  - { type: MEMBER_OF, from: org-testshire-council, to: board-testshire-scb, section: s4 }
  - { type: MEMBER_OF, from: org-testshire-ccg, to: board-testshire-scb, section: s4 }
  - { type: REPRESENTS, from: person-testshire-police-rep, to: org-testshire-police, section: s4 }
  - { type: MEMBER_OF, from: person-testshire-police-rep, to: board-testshire-scb, section: s4 }
  - { type: MEMBER_OF, from: org-othershire-council, to: board-othershire-scb, section: s4 }
  - { type: MEMBER_OF, from: org-othershire-ccg, to: board-othershire-scb, section: s4 }
  - { type: ACCOUNTABLE_TO, from: board-testshire-exec, to: board-testshire-group, section: s5 }
  - { type: REPORTS_TO, from: board-testshire-group, to: board-testshire-exec, section: s5 }
  - { type: CHAIRS, from: person-testshire-busy, to: board-testshire-exec, section: s6 }
  - { type: CHAIRS, from: person-testshire-busy, to: board-testshire-group, section: s6 }
  - { type: CHAIRS, from: person-testshire-busy, to: board-testshire-scb, section: s6 }
  - { type: CHAIRS, from: person-testshire-busy, to: board-othershire-scb, section: s6 }
`;

const HEALTH_CHECK = /* GraphQL */ `
  query HealthCheck($boardId: ID!, $asOf: Date) {
    healthCheck(boardId: $boardId, asOf: $asOf) {
      board { id } asOf overall overallReason counts { red amber green notApplicable }
      rules { rule { id title appliesTo } status reason evidence { note entity { id label } edge { type source target sources { document section } } } }
      recordedHealthChecks { id name }
      selfAssessment { id }
    }
  }
`;

interface Evidence { note: string; entity: { id: string; label: string } | null; edge: { type: string; source: string; target: string; sources: { document: string; section: string }[] } | null }
interface RuleResult { rule: { id: string; title: string; appliesTo: string[] }; status: string; reason: string; evidence: Evidence[] }
interface Report {
  board: { id: string };
  asOf: string;
  overall: string;
  overallReason: string;
  counts: { red: number; amber: number; green: number; notApplicable: number };
  rules: RuleResult[];
  recordedHealthChecks: { id: string; name: string }[];
  selfAssessment: { id: string } | null;
}

describe("healthCheck", () => {
  const seeded = useSeededApp({ text: FIXTURE, name: "fixture.yaml" });

  async function check(boardId: string, asOf = "2016-06-30") {
    const answer = await graphql<{ healthCheck: Report }>(seeded.app, HEALTH_CHECK, { boardId, asOf });
    expect(answer.errors).toBeUndefined();
    const report = answer.data!.healthCheck;
    return { ...report, rule: (id: string) => report.rules.find((r) => r.rule.id === id)! };
  }

  it("checks the Success for All Children Group against every rule, with evidence from 004", async () => {
    const report = await check("board-southend-sfacg");
    expect(report.rules.map((r) => r.rule.id)).toEqual([
      "has-chair", "upward-accountability", "no-cycle", "terms-of-reference-current", "strategies-led-and-governed",
      "hwb-statutory-membership", "safeguarding-partners", "sector-breadth", "chair-load",
    ]);
    expect(report.rule("has-chair")).toMatchObject({ status: "GREEN", reason: "Chaired by Simon Leftley." });
    const upward = report.rule("upward-accountability");
    expect(upward.status).toBe("GREEN");
    expect(upward.evidence[0]?.edge).toMatchObject({ type: "ACCOUNTABLE_TO", target: "board-southend-hwb", sources: [{ document: expect.stringMatching(/^004_/) }] });
    expect(report.rule("terms-of-reference-current")).toMatchObject({ status: "RED", reason: "MISSING: No terms of reference in force on 2016-06-30." });
    // 004's table has rows with no lead or no governance route: those are the gaps reported.
    const strategies = report.rule("strategies-led-and-governed");
    expect(["AMBER", "RED"]).toContain(strategies.status);
    expect(strategies.evidence.some((e) => e.note.endsWith("has no lead and no governance route."))).toBe(true);
    expect(report.rule("sector-breadth").status).toBe("GREEN");
    expect(report.rule("hwb-statutory-membership")).toMatchObject({ status: "NOT_APPLICABLE", evidence: [] });
    expect(report).toMatchObject({ overall: "RED", counts: { notApplicable: 2 } });
    expect(report.overallReason).toMatch(/^RED: \d+ red \(.*Terms of reference are current.*\)/);
  });

  it("lists the Partnership's recorded health check of June 2016 and its undated terms under review", async () => {
    const report = await check("board-essex-cyp-strategic-partnership");
    expect(report.recordedHealthChecks.map((h) => h.id)).toContain("healthcheck-essex-cyp-partnership-2016-06");
    const terms = report.rule("terms-of-reference-current");
    expect(terms.status).toBe("RED");
    expect(terms.reason).toContain('"under review"');
    expect(terms.evidence[0]?.edge?.sources[0]).toMatchObject({ document: expect.stringMatching(/^001_/), section: "3.19" });
    // It sits within the Health and Wellbeing Board's framework; no line of accountability is recorded (000 section 3).
    expect(report.rule("upward-accountability").status).toBe("AMBER");
  });

  it("finds a Health and Wellbeing Board missing one statutory member, and names it", async () => {
    const report = await check("board-testshire-hwb");
    const rule = report.rule("hwb-statutory-membership");
    expect(rule.status).toBe("RED");
    expect(rule.reason).toBe("Health and Social Care Act 2012 s194: missing a representative of the Local Healthwatch organisation.");
    expect(rule.evidence.map((e) => [e.note, e.entity?.id ?? null])).toEqual([
      ["at least one councillor of the council: Cllr Ann Able (Cabinet Member for Health).", "person-testshire-cllr"],
      // The Leader chairs the board, and a chair sits on it.
      ["at least one councillor of the council: Leader of Testshire County Council.", "role-testshire-leader"],
      ["the director of adult social services: Cara Care (Director of Adult Social Services).", "person-testshire-dass"],
      ["the director of children's services: Ben Bright (Director of Children's Services).", "person-testshire-dcs"],
      ["the director of public health: Dev Health (Director of Public Health).", "person-testshire-dph"],
      ["Missing: a representative of the Local Healthwatch organisation.", null],
      ["a representative of NHS Testshire Clinical Commissioning Group: NHS Testshire Clinical Commissioning Group.", "org-testshire-ccg"],
    ]);
    expect(report.rule("has-chair").status).toBe("AMBER");
  });

  it("is amber where a statutory seat is shown only through an organisation, and counts a People director twice", async () => {
    const rule = (await check("board-othershire-hwb")).rule("hwb-statutory-membership");
    expect(rule.status).toBe("AMBER");
    expect(rule.reason).toContain("at least one councillor of the council and the director of public health shown only through an organisation");
    const people = rule.evidence.filter((e) => e.entity?.id === "person-othershire-director").map((e) => e.note);
    expect(people).toHaveLength(2);
  });

  it("finds every seat empty on the seeded Southend Health and Wellbeing Board, and none required before 2013", async () => {
    const southend = (await check("board-southend-hwb")).rule("hwb-statutory-membership");
    expect(southend.status).toBe("RED");
    expect(southend.evidence.every((e) => e.note.startsWith("Missing:"))).toBe(true);
    expect((await check("board-essex-hwb", "2011-12-01")).rule("hwb-statutory-membership").status).toBe("NOT_APPLICABLE");
  });

  it("checks the three safeguarding partners, counting the police through their representative", async () => {
    // The issue made the rule follow the date: the three partners from 29 September 2019 (the default), an LSCB's members before.
    const complete = (await check("board-testshire-scb", "2019-09-29")).rule("safeguarding-partners");
    expect(complete.status).toBe("GREEN");
    expect(complete.evidence.find((e) => e.note.startsWith("the chief officer of police"))?.edge).toMatchObject({ type: "MEMBER_OF", source: "person-testshire-police-rep" });
    const incomplete = (await check("board-othershire-scb", "2019-09-29")).rule("safeguarding-partners");
    expect(incomplete.status).toBe("RED");
    expect(incomplete.reason).toMatch(/missing the chief officer of police\.$/);
    expect((await check("board-southend-lscb")).rule("safeguarding-partners").status).toBe("RED");
  });

  it("asks for an LSCB's statutory members before the area's date and the three partners from it", async () => {
    const before = (await check("board-testshire-scb", "2019-09-28")).rule("safeguarding-partners");
    expect(before.status).toBe("RED");
    expect(before.reason).toMatch(/^The statutory members of a Local Safeguarding Children Board \(Children Act 2004 s13; the safeguarding partners took over on 2019-09-29\): missing an NHS trust/);
    expect((await check("board-testshire-scb", "2019-09-29")).rule("safeguarding-partners").status).toBe("GREEN");
    // Othershire records its own date, 29 June 2019.
    expect((await check("board-othershire-scb", "2019-06-28")).rule("safeguarding-partners").reason).toMatch(/took over on 2019-06-29\)/);
    expect((await check("board-othershire-scb", "2019-06-29")).rule("safeguarding-partners").reason).toMatch(/^The three safeguarding partners \(Children Act 2004 s16E, from 2019-06-29\)/);
  });

  it("asks a Health and Wellbeing Board for its CCG before 1 July 2022 and its integrated care board from then", async () => {
    const before = (await check("board-testshire-hwb", "2022-06-30")).rule("hwb-statutory-membership");
    expect(before.evidence.map((e) => e.note)).toContain("a representative of NHS Testshire Clinical Commissioning Group: NHS Testshire Clinical Commissioning Group.");
    const after = (await check("board-testshire-hwb", "2022-07-01")).rule("hwb-statutory-membership");
    expect(after.evidence.map((e) => e.note)).toContain("Missing: a representative of Testshire Integrated Care Board.");
    expect(after.reason).toMatch(/^Health and Social Care Act 2012 s194 \(as amended by the Health and Care Act 2022\): missing /);
  });

  it("gives the Southend Health and Wellbeing Board its statutory upward line, and treats the LSCB as a statutory end", async () => {
    const hwb = (await check("board-southend-hwb")).rule("upward-accountability");
    expect(hwb.status).toBe("GREEN");
    expect(hwb.evidence.map((e) => e.note)).toContain(
      "Southend Health and Wellbeing Board COMMITTEE_OF Southend-on-Sea Borough Council (Health and Social Care Act 2012, s194).",
    );
    expect(hwb.evidence.find((e) => e.edge?.type === "COMMITTEE_OF")?.edge?.sources).toEqual([{ document: "Health and Social Care Act 2012", section: "s194" }]);
    const lscb = (await check("board-southend-lscb")).rule("upward-accountability");
    expect(lscb).toMatchObject({ status: "GREEN", reason: "Southend-on-Sea Local Safeguarding Children Board is a statutory safeguarding body, where an accountability chain may end." });
    // A working group with no upward line is still red.
    expect((await check("board-southend-corporate-parenting-group")).rule("upward-accountability").status).toBe("RED");
  });

  it("finds an accountability cycle, with the lines that make it", async () => {
    const rule = (await check("board-testshire-exec")).rule("no-cycle");
    expect(rule.status).toBe("RED");
    expect(rule.reason).toBe("Accountability comes back to where it started: Testshire Executive → Testshire Delivery Group → Testshire Executive.");
    expect(rule.evidence.map((e) => e.edge?.type)).toEqual(["ACCOUNTABLE_TO", "REPORTS_TO"]);
  });

  it("weighs the load on a chair who chairs four boards", async () => {
    const rule = (await check("board-testshire-group")).rule("chair-load");
    expect(rule.status).toBe("RED");
    expect(rule.reason).toMatch(/^Gil Busy chairs 4 boards and leads 0 strategies/);
    expect(rule.evidence).toHaveLength(4);
  });

  it("answers in one read transaction with a fixed number of queries, however big the board", async () => {
    const count = async (boardId: string) => {
      const before = { ...seeded.db.runner.stats };
      await check(boardId);
      return { transactions: seeded.db.runner.stats.transactions - before.transactions, queries: seeded.db.runner.stats.queries - before.queries };
    };
    const big = await count("board-southend-sfacg");
    expect(big.transactions).toBe(1);
    expect(await count("board-essex-locality-cp-mid")).toEqual(big);
  });

  it("lists its rules, and refuses an unknown board or a bad date with coded errors", async () => {
    const rules = await graphql<{ healthCheckRules: { id: string; appliesTo: string[] }[] }>(seeded.app, /* GraphQL */ `{ healthCheckRules { id appliesTo } }`);
    expect(rules.data?.healthCheckRules.find((r) => r.id === "safeguarding-partners")?.appliesTo).toEqual(["SAFEGUARDING_BOARD"]);
    const unknown = await graphql(seeded.app, HEALTH_CHECK, { boardId: "board-nowhere" });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["boardId"] });
    const badDate = await graphql(seeded.app, HEALTH_CHECK, { boardId: "board-southend-sfacg", asOf: "2016-02-30" });
    expect(badDate.errors?.[0]?.extensions?.code).toBe("GOV_INPUT_INVALID");
  });
});
