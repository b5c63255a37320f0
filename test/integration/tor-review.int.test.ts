
import { useSeededApp } from "../support/seeded-app.ts";
import { describe, expect, it } from "vitest";
import { graphql } from "../support/test-app.ts";

// A small county of its own beside the seed data, so that every status and
// every kind of disagreement has a known answer whatever the seeds hold.
const TESTSHIRE = `
document: { file: 900_0000000000000001.txt, title: Testshire governance fixture, date: 2014-01-01 }
nodes:
  - { id: area-testshire, label: Area, name: Testshire, kind: COUNTY, section: s1 }
  - { id: area-testshire-north, label: Area, name: North Testshire, kind: LOCALITY, section: s1 }
  - { id: board-testshire-partnership, label: Board, name: Testshire Children's Partnership, kind: STRATEGIC_PARTNERSHIP, area: area-testshire, section: s1 }
  - { id: board-testshire-hwb, label: Board, name: Testshire Health and Wellbeing Board, kind: HEALTH_AND_WELLBEING_BOARD, area: area-testshire, section: s1 }
  - { id: board-testshire-locality, label: Board, name: North Testshire Locality Board, kind: LOCALITY_PARTNERSHIP, area: area-testshire-north, section: s1 }
  - { id: board-testshire-scb, label: Board, name: Testshire Safeguarding Children Board, kind: SAFEGUARDING_BOARD, area: area-testshire, section: s1 }
  - { id: board-testshire-trust, label: Board, name: Testshire Children's Trust, kind: CHILDRENS_TRUST, area: area-testshire, section: s1, validTo: 2010-10-01, validFrom: 2008-01-01 }
  - { id: org-testshire-council, label: Organisation, name: Testshire County Council, kind: COUNCIL, area: area-testshire, section: s1 }
  - { id: org-testshire-police, label: Organisation, name: Testshire Police, kind: POLICE, section: s1 }
  - { id: org-testshire-ccg, label: Organisation, name: Testshire CCG, kind: NHS_COMMISSIONER, area: area-testshire, section: s1 }
  - { id: person-testshire-chair, label: Person, name: Pat Chair, section: s1 }
  - { id: person-testshire-officer, label: Person, name: Sam Officer, section: s1 }
  - { id: person-testshire-locality-chair, label: Person, name: Lee Local, section: s1 }
  - { id: role-testshire-locality-chair, label: Role, name: Chair of the North Testshire Locality Board, kind: CHAIR, section: s1 }
  - id: tor-testshire-partnership
    label: TermsOfReference
    name: Terms of reference of the Testshire Children's Partnership
    section: s2
    props: { purpose: Lead the children's system, chair: person-testshire-chair, membership: "org-testshire-council, org-testshire-police, org-testshire-ccg", accountableTo: board-testshire-hwb, quorum: 5, meetingFrequency: quarterly, adoptedOn: 2014-04-01, reviewDue: 2015-04-01, status: under review }
  - id: tor-testshire-locality
    label: TermsOfReference
    name: Terms of reference of the North Testshire Locality Board
    section: s2
    props: { chair: role-testshire-locality-chair, membership: "person-testshire-officer", adoptedOn: 2016-01-15 }
  - id: tor-testshire-scb
    label: TermsOfReference
    name: Terms of reference of the Testshire Safeguarding Children Board
    section: s2
    props: { membership: "representatives of the statutory partners; role-testshire-nobody", status: draft }
relationships:
  - { type: PART_OF, from: area-testshire-north, to: area-testshire, section: s1 }
  - { type: HAS_TERMS_OF_REFERENCE, from: board-testshire-partnership, to: tor-testshire-partnership, section: s2 }
  - { type: HAS_TERMS_OF_REFERENCE, from: board-testshire-locality, to: tor-testshire-locality, section: s2 }
  - { type: HAS_TERMS_OF_REFERENCE, from: board-testshire-scb, to: tor-testshire-scb, section: s2 }
  - { type: CHAIRS, from: person-testshire-chair, to: board-testshire-partnership, section: s1 }
  - { type: MEMBER_OF, from: org-testshire-council, to: board-testshire-partnership, section: s1 }
  - { type: REPRESENTS, from: person-testshire-officer, to: org-testshire-police, section: s1 }
  - { type: MEMBER_OF, from: person-testshire-officer, to: board-testshire-partnership, section: s1 }
  - { type: SITS_WITHIN, from: board-testshire-partnership, to: board-testshire-hwb, section: s1 }
  - { type: HOLDS_ROLE, from: person-testshire-locality-chair, to: role-testshire-locality-chair, section: s1 }
  - { type: CHAIRS, from: person-testshire-locality-chair, to: board-testshire-locality, section: s1 }
`;

const REVIEW = /* GraphQL */ `
  query Review($asOf: Date!, $dueWithinDays: Int, $area: String, $boardId: ID) {
    termsOfReferenceReview(asOf: $asOf, dueWithinDays: $dueWithinDays, area: $area, boardId: $boardId) {
      asOf dueWithinDays area
      summary { total current dueSoon overdue missing undated withDiscrepancies }
      boards {
        board { id name }
        status reason reviewDue reviewDueBasis daysUntilReview
        termsOfReference { id version purpose chairId requiredMemberIds membershipText quorum meetingFrequency accountableToIds adoptedOn reviewDue statusNote sources { document section } }
        chair { id inGraph entity { id name } evidence { type source target } }
        requiredMembers { id inGraph entity { id } evidence { type source target } }
        accountableTo { id inGraph evidence { type source target sources { document } } }
        discrepancies { kind message expectedRelationship party { id } }
      }
    }
  }
`;

interface Party { id: string; inGraph: boolean; entity: { id: string } | null; evidence: { type: string; source: string; target: string }[] }
interface Item {
  board: { id: string; name: string };
  status: string;
  reason: string;
  reviewDue: string | null;
  reviewDueBasis: string | null;
  daysUntilReview: number | null;
  termsOfReference: Record<string, unknown> | null;
  chair: Party | null;
  requiredMembers: Party[];
  accountableTo: Party[];
  discrepancies: { kind: string; message: string; expectedRelationship: string; party: { id: string } }[];
}
interface Review {
  termsOfReferenceReview: { asOf: string; dueWithinDays: number; area: string | null; summary: { total: number; current: number; dueSoon: number; overdue: number; missing: number; undated: number; withDiscrepancies: number }; boards: Item[] };
}

describe("termsOfReferenceReview", () => {
  const seeded = useSeededApp({ text: TESTSHIRE, name: "testshire.yaml" });

  async function review(variables: Record<string, unknown>) {
    const answer = await graphql<Review>(seeded.app, REVIEW, variables);
    expect(answer.errors).toBeUndefined();
    const result = answer.data!.termsOfReferenceReview;
    return { ...result, item: (id: string) => result.boards.find((b) => b.board.id === id)! };
  }

  it("gives each board in force a status, most urgent first, with a summary per status", async () => {
    const result = await review({ asOf: "2016-07-01", area: "Testshire" });
    expect(result.boards.map((b) => [b.board.id, b.status])).toEqual([
      ["board-testshire-partnership", "OVERDUE"],
      ["board-testshire-scb", "OVERDUE"],
      ["board-testshire-hwb", "MISSING"],
      ["board-testshire-locality", "CURRENT"],
    ]);
    expect(result.summary).toEqual({ total: 4, current: 1, dueSoon: 0, overdue: 2, missing: 1, undated: 1, withDiscrepancies: 3 });
    expect(result.dueWithinDays).toBe(90);
  });

  it("reports overdue terms with their stated review date and what they say", async () => {
    const { item } = await review({ asOf: "2016-07-01", area: "area-testshire" });
    const partnership = item("board-testshire-partnership");
    expect(partnership).toMatchObject({ reviewDue: "2015-04-01", reviewDueBasis: "STATED", daysUntilReview: -457 });
    expect(partnership.reason).toContain("457 days overdue");
    expect(partnership.reason).toContain('"under review"');
    expect(partnership.termsOfReference).toMatchObject({
      id: "tor-testshire-partnership",
      version: 1,
      chairId: "person-testshire-chair",
      requiredMemberIds: ["org-testshire-council", "org-testshire-police", "org-testshire-ccg"],
      membershipText: null,
      quorum: 5,
      meetingFrequency: "quarterly",
      accountableToIds: ["board-testshire-hwb"],
      adoptedOn: "2014-04-01",
      statusNote: "under review",
      sources: [{ document: "900_0000000000000001.txt", section: "s2" }],
    });
  });

  it("says where the terms and the graph disagree, with the evidence", async () => {
    const { item } = await review({ asOf: "2016-07-01" });
    const partnership = item("board-testshire-partnership");
    expect(partnership.chair).toMatchObject({ id: "person-testshire-chair", inGraph: true });
    const members = Object.fromEntries(partnership.requiredMembers.map((m) => [m.id, m]));
    expect(members["org-testshire-council"]?.inGraph).toBe(true);
    // The police are there through the officer who represents them.
    expect(members["org-testshire-police"]?.inGraph).toBe(true);
    expect(members["org-testshire-police"]?.evidence.map((e) => e.type).sort()).toEqual(["MEMBER_OF", "REPRESENTS"]);
    expect(members["org-testshire-ccg"]?.inGraph).toBe(false);
    expect(partnership.discrepancies.map((d) => [d.kind, d.party.id, d.expectedRelationship])).toEqual([
      ["REQUIRED_MEMBER_MISSING", "org-testshire-ccg", "MEMBER_OF"],
      ["ACCOUNTABILITY_LINE_MISSING", "board-testshire-hwb", "ACCOUNTABLE_TO"],
    ]);
    // The weaker line the graph does hold is the evidence, and it is said in words.
    expect(partnership.accountableTo[0]?.evidence).toEqual([
      { type: "SITS_WITHIN", source: "board-testshire-partnership", target: "board-testshire-hwb", sources: [{ document: "900_0000000000000001.txt" }] },
    ]);
    expect(partnership.discrepancies[1]?.message).toContain("only by SITS_WITHIN");
  });

  it("takes a chair through the post they hold, and a year after adoption when no review date is stated", async () => {
    const { item } = await review({ asOf: "2016-11-01" });
    const locality = item("board-testshire-locality");
    expect(locality).toMatchObject({ status: "DUE_SOON", reviewDue: "2017-01-15", reviewDueBasis: "ADOPTED_PLUS_ONE_YEAR", daysUntilReview: 75 });
    expect(locality.chair).toMatchObject({ id: "role-testshire-locality-chair", inGraph: true });
    expect(locality.chair?.evidence.map((e) => e.type).sort()).toEqual(["CHAIRS", "HOLDS_ROLE"]);
    // A person required as a member who is on another board only.
    expect(locality.discrepancies.map((d) => d.kind)).toEqual(["REQUIRED_MEMBER_MISSING"]);
  });

  it("treats undated terms as overdue and says so, and names ids that match nothing", async () => {
    const { item } = await review({ asOf: "2016-07-01" });
    const scb = item("board-testshire-scb");
    expect(scb).toMatchObject({ status: "OVERDUE", reviewDueBasis: "UNKNOWN", reviewDue: null, daysUntilReview: null });
    expect(scb.reason).toContain("Neither a review date nor an adoption date");
    expect(scb.termsOfReference?.membershipText).toBe("representatives of the statutory partners; role-testshire-nobody");
    expect(scb.discrepancies).toEqual([
      expect.objectContaining({ kind: "UNKNOWN_REFERENCE", party: { id: "role-testshire-nobody" }, expectedRelationship: "MEMBER_OF" }),
    ]);
  });

  it("lists boards with no terms as missing, and leaves out boards not in force", async () => {
    const { item, boards } = await review({ asOf: "2016-07-01", area: "Testshire" });
    expect(item("board-testshire-hwb")).toMatchObject({ status: "MISSING", termsOfReference: null, reviewDueBasis: null, discrepancies: [] });
    expect(boards.some((b) => b.board.id === "board-testshire-trust")).toBe(false);
    const before = await review({ asOf: "2009-06-01", area: "Testshire" });
    expect(before.boards.map((b) => b.board.id)).toEqual(["board-testshire-trust"]);
  });

  it("reviews one board when asked", async () => {
    const { boards, summary } = await review({ asOf: "2016-07-01", boardId: "board-testshire-locality" });
    expect(boards.map((b) => b.board.id)).toEqual(["board-testshire-locality"]);
    expect(summary).toMatchObject({ total: 1, current: 1 });
    const ended = await review({ asOf: "2016-07-01", boardId: "board-testshire-trust" });
    expect(ended.boards).toEqual([]);
  });

  it("widens the window with dueWithinDays", async () => {
    const { item } = await review({ asOf: "2016-07-01", dueWithinDays: 200 });
    expect(item("board-testshire-locality").status).toBe("DUE_SOON");
  });

  it("reviews the seeded Essex boards of 2016: the Partnership's terms under review, no terms for the HWB", async () => {
    const result = await review({ asOf: "2016-06-30", area: "area-essex" });
    const { total, current, dueSoon, overdue, missing } = result.summary;
    expect(current + dueSoon + overdue + missing).toBe(total);
    expect(total).toBe(result.boards.length);
    // 001 3.19: the terms exist and are being reviewed; no date of adoption or review is given.
    const partnership = result.item("board-essex-cyp-strategic-partnership");
    expect(partnership).toMatchObject({ status: "OVERDUE", reviewDueBasis: "UNKNOWN" });
    expect(partnership.termsOfReference).toMatchObject({ id: "tor-essex-cyp-partnership", statusNote: "under review", sources: [{ document: expect.stringMatching(/^001_/), section: "3.19" }] });
    expect(result.item("board-essex-locality-cp-mid").termsOfReference?.statusNote).toBe("review planned");
    expect(result.item("board-essex-hwb")).toMatchObject({ status: "MISSING", termsOfReference: null });
  });

  it("refuses a bad window and an unknown area with coded errors", async () => {
    const negative = await graphql(seeded.app, REVIEW, { asOf: "2016-07-01", dueWithinDays: -1 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath: ["dueWithinDays"] });
    const nowhere = await graphql(seeded.app, REVIEW, { asOf: "2016-07-01", area: "Atlantis" });
    expect(nowhere.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["area"] });
    const noBoard = await graphql(seeded.app, REVIEW, { asOf: "2016-07-01", boardId: "board-testshire-nowhere" });
    expect(noBoard.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["boardId"] });
  });
});
