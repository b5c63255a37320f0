import { describe, expect, it } from "vitest";
import { EntityRecord } from "../../domain/entity-record.ts";
import { fillersOf, HWB_SEATS, type Member, relevantCommissioners, SAFEGUARDING_SEATS } from "./membership.ts";

const edge = { type: "MEMBER_OF", source: "x", target: "board-x", id: "MEMBER_OF:x->board-x", sources: [] };
function member(name: string, roles: { name: string; kind?: string }[] = [], organisations: { name: string; kind: string }[] = []): Member {
  return {
    entity: EntityRecord.parse({ id: `person-${name.toLowerCase().replace(/\W+/g, "-")}`, name, label: "Person" }),
    edge,
    roles: roles.map((role, i) => ({ id: `role-${i}`, ...role })),
    organisations: organisations.map((o, i) => ({ id: `org-${i}`, ...o })),
  };
}
const seat = (label: string) => HWB_SEATS.find((s) => s.label.includes(label))!;

describe("statutory seats", () => {
  it("matches directors by the words of their post, a People director for adults and children both", () => {
    const people = member("P", [{ name: "Corporate Director, Department for People", kind: "DIRECTOR" }]);
    expect(seat("adult").fill(people)).toBe("FULL");
    expect(seat("children").fill(people)).toBe("FULL");
    const youngPeople = member("Y", [{ name: "Director for Children and Young People", kind: "DIRECTOR" }]);
    expect(seat("adult").fill(youngPeople)).toBeNull();
    expect(seat("children").fill(youngPeople)).toBe("FULL");
    expect(seat("public health").fill(member("D", [{ name: "Director of Public Health" }]))).toBe("FULL");
  });

  it("counts a council department only as partial evidence of its director", () => {
    const department = member("S", [], [{ name: "Southend Public Health", kind: "COUNCIL_SERVICE" }]);
    expect(seat("public health").fill(department)).toBe("PARTIAL");
  });

  it("finds councillors by post kind or title, and the council itself only partly", () => {
    expect(seat("councillor").fill(member("Q", [{ name: "Lead Member", kind: "LEAD_MEMBER" }]))).toBe("FULL");
    expect(seat("councillor").fill(member("Cllr Jo Bloggs"))).toBe("FULL");
    expect(seat("councillor").fill(member("C", [], [{ name: "Essex County Council", kind: "COUNCIL" }]))).toBe("PARTIAL");
  });

  it("prefers a full fill and keeps only commissioning groups as relevant", () => {
    const seatOfCouncil = HWB_SEATS[0]!;
    const found = fillersOf(seatOfCouncil, [member("C", [], [{ name: "Council", kind: "COUNCIL" }]), member("Cllr A")]);
    expect(found.map((f) => f.fill)).toEqual(["FULL", "PARTIAL"]);
    const orgs = ["NHS Southend CCG", "Essex Primary Care Trusts", "Mid and South Essex Integrated Care Board"].map((name, i) =>
      EntityRecord.parse({ id: `org-${i}`, name, label: "Organisation", kind: "NHS_COMMISSIONER" }),
    );
    // The issue made the rule follow the date: CCGs before 1 July 2022, the ICB from then (Health and Care Act 2022).
    expect(relevantCommissioners(orgs, "2022-06-30").map((o) => o.name)).toEqual(["NHS Southend CCG"]);
    expect(relevantCommissioners(orgs, "2022-07-01").map((o) => o.name)).toEqual(["Mid and South Essex Integrated Care Board"]);
  });

  it("finds the police partner through an organisation or the chief constable's post", () => {
    const police = SAFEGUARDING_SEATS[2]!;
    expect(police.fill(member("R", [], [{ name: "Essex Police", kind: "POLICE" }]))).toBe("FULL");
    expect(police.fill(member("K", [{ name: "Chief Constable of Essex" }]))).toBe("FULL");
    expect(police.fill(member("N"))).toBeNull();
  });
});
