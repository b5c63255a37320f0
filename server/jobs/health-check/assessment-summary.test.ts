import { describe, expect, it } from "vitest";
import { EntityRecord } from "../../domain/entity-record.ts";
import { summarisePrinciple, summariseRounds } from "./assessment-summary.ts";
import { PRINCIPLE_CODES } from "./principles.ts";

const org = (id: string) => EntityRecord.parse({ id, name: id.replace("org-", ""), label: "Organisation" });
const board = EntityRecord.parse({ id: "board-x", name: "X", label: "Board" });

function round(id: string, openedOn: string, trust: Record<string, number>) {
  return {
    round: { id, name: id, openedOn, createdAt: `${openedOn}T00:00:00Z` },
    responses: Object.entries(trust).map(([partner, score], index) => ({
      response: { id: `${id}-${index}`, version: 1, recordedAt: "t", principles: [...PRINCIPLE_CODES], scores: PRINCIPLE_CODES.map((p) => (p === "TRUST" ? score : 3)), comments: PRINCIPLE_CODES.map(() => "") },
      partner: org(partner),
      partnerIsMember: true,
      history: [],
    })),
    invitations: [],
  };
}

describe("self-assessment statistics", () => {
  it("gives nulls and no disagreement when nobody has scored", () => {
    expect(summarisePrinciple([])).toMatchObject({ responses: 0, mean: null, standardDeviation: null, disagreement: false });
  });

  it("uses the population standard deviation and flags a spread of two or more", () => {
    const result = summarisePrinciple([
      { partner: org("org-a"), score: 2, comment: null },
      { partner: org("org-b"), score: 4, comment: null },
    ]);
    expect(result).toMatchObject({ mean: 3, spread: 2, standardDeviation: 1, disagreement: true });
    expect(summarisePrinciple([{ partner: org("org-a"), score: 3, comment: null }, { partner: org("org-b"), score: 4, comment: null }]).disagreement).toBe(false);
  });

  it("compares each round with the one before it, and reads empty comments as none", () => {
    const [latest, earlier] = summariseRounds([round("r2", "2016-10-01", { "org-a": 4, "org-b": 5 }), round("r1", "2016-03-01", { "org-a": 1, "org-b": 3 })], board);
    const trust = (r: typeof latest) => r!.principles.find((p) => p.principle === "TRUST")!;
    expect(trust(latest)).toMatchObject({ mean: 4.5, previousMean: 2, meanChange: 2.5 });
    expect(trust(earlier)).toMatchObject({ mean: 2, previousMean: null, meanChange: null, disagreement: true });
    expect(latest!.previousRoundName).toBe("r1");
    expect(earlier!.disagreements).toEqual(["TRUST"]);
    expect(latest!.responses[0]!.scores[0]).toEqual({ principle: "RECOGNISE_NEED", score: 3, comment: null });
  });
});
