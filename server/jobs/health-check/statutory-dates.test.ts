import { describe, expect, it } from "vitest";
import { EntityRecord } from "../../domain/entity-record.ts";
import { evaluateHwbMembership, evaluateSafeguardingPartners } from "./evaluate-membership.ts";

// The statutory rules follow the date: each is checked the day before and the day a change took effect.
const board = EntityRecord.parse({ id: "board-x", name: "X Board", label: "Board", kind: "HEALTH_AND_WELLBEING_BOARD" });
const org = (id: string, name: string, kind: string) => EntityRecord.parse({ id, name, label: "Organisation", kind });
const ccg = org("org-x-ccg", "NHS X Clinical Commissioning Group", "NHS_COMMISSIONER");
const icb = org("org-x-icb", "X Integrated Care Board", "NHS_COMMISSIONER");
const council = org("org-x-council", "X Council", "COUNCIL");
const police = org("org-x-police", "X Police", "POLICE");
const trust = org("org-x-trust", "X Hospital NHS Foundation Trust", "NHS_PROVIDER");
const probation = org("org-x-probation", "X Community Rehabilitation Company (probation)", "PUBLIC_BODY");
const yot = org("org-x-yot", "X Youth Offending Team", "COUNCIL_SERVICE");
const cafcass = org("org-cafcass", "Cafcass", "PUBLIC_BODY");

function memberOf(entity: EntityRecord) {
  const brief = { id: entity.id, name: entity.name, kind: entity.kind, aliases: entity.aliases };
  return { entity, edge: { type: "MEMBER_OF", source: entity.id, target: "board-x", id: `MEMBER_OF:${entity.id}->board-x`, sources: [] }, roles: [], organisations: [brief] };
}
const row = (members: EntityRecord[], areaCommissioners: EntityRecord[], safeguardingPartnersDate: string | null = null) => ({
  members: members.map(memberOf),
  areaCommissioners,
  safeguardingPartnersDate,
});
const commissionerNotes = (outcome: { evidence: { note: string }[] }) => outcome.evidence.map((e) => e.note).filter((note) => /Commissioning|Care Board|commissioning|care board/.test(note));

describe("Health and Wellbeing Board membership by date (Health and Care Act 2022)", () => {
  const both = row([ccg], [ccg, icb]);

  it("asks for the clinical commissioning group's representative on 30 June 2022", () => {
    const outcome = evaluateHwbMembership(both, { board, asOf: "2022-06-30" });
    expect(commissionerNotes(outcome)).toEqual(["a representative of NHS X Clinical Commissioning Group: NHS X Clinical Commissioning Group."]);
    expect(outcome.reason).toMatch(/^Health and Social Care Act 2012 s194: /);
  });

  it("asks for the integrated care board's from 1 July 2022, and finds it missing when only the CCG sits", () => {
    const outcome = evaluateHwbMembership(both, { board, asOf: "2022-07-01" });
    expect(commissionerNotes(outcome)).toEqual(["Missing: a representative of X Integrated Care Board."]);
    expect(outcome.reason).toMatch(/^Health and Social Care Act 2012 s194 \(as amended by the Health and Care Act 2022\): missing .*X Integrated Care Board/);
    const withIcb = evaluateHwbMembership(row([icb], [ccg, icb]), { board, asOf: "2022-07-01" });
    expect(commissionerNotes(withIcb)).toEqual(["a representative of X Integrated Care Board: X Integrated Care Board."]);
  });

  it("names the ICB seat even when the area records no ICB", () => {
    const outcome = evaluateHwbMembership(row([ccg], [ccg]), { board, asOf: "2023-01-01" });
    expect(commissionerNotes(outcome)).toEqual(["Missing: a representative of the integrated care board (none recorded in the area)."]);
  });
});

describe("safeguarding membership by date (Children and Social Work Act 2017)", () => {
  const lscb = EntityRecord.parse({ id: "board-x-lscb", name: "X LSCB", label: "Board", kind: "SAFEGUARDING_BOARD" });
  const threePartners = [council, ccg, police];
  const everyLscbMember = [council, police, ccg, trust, probation, yot, cafcass];

  it("asks for an LSCB's statutory members the day before the default date, 29 September 2019", () => {
    const partnersOnly = evaluateSafeguardingPartners(row(threePartners, []), { board: lscb, asOf: "2019-09-28" });
    expect(partnersOnly.status).toBe("RED");
    expect(partnersOnly.reason).toBe(
      "The statutory members of a Local Safeguarding Children Board (Children Act 2004 s13; the safeguarding partners took over on 2019-09-29): missing an NHS trust or foundation trust in the area, the provider of probation services, the youth offending team and CAFCASS.",
    );
    expect(evaluateSafeguardingPartners(row(everyLscbMember, []), { board: lscb, asOf: "2019-09-28" }).status).toBe("GREEN");
  });

  it("asks for the three partners of s16E from 29 September 2019", () => {
    const outcome = evaluateSafeguardingPartners(row(threePartners, []), { board: lscb, asOf: "2019-09-29" });
    expect(outcome).toMatchObject({ status: "GREEN", reason: "The three safeguarding partners (Children Act 2004 s16E, from 2019-09-29): every statutory seat is filled." });
    const noPolice = evaluateSafeguardingPartners(row([council, ccg, trust], []), { board: lscb, asOf: "2019-09-29" });
    expect(noPolice.reason).toMatch(/missing the chief officer of police\.$/);
  });

  it("follows the area's own date where it records one", () => {
    const before = evaluateSafeguardingPartners(row(threePartners, [], "2019-06-29"), { board: lscb, asOf: "2019-06-28" });
    const on = evaluateSafeguardingPartners(row(threePartners, [], "2019-06-29"), { board: lscb, asOf: "2019-06-29" });
    expect(before.reason).toMatch(/^The statutory members of a Local Safeguarding Children Board .*took over on 2019-06-29/);
    expect(on.reason).toMatch(/^The three safeguarding partners \(Children Act 2004 s16E, from 2019-06-29\)/);
  });
});
