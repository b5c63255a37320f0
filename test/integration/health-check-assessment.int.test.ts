import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApiToken } from "../../server/jobs/access/manage-api-tokens.ts";
import { parseSeedFile } from "../../server/domain/seed-file.ts";
import { writeSeedFile } from "../../server/seed/load-seeds.ts";
import { createTestApp, graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase } from "../support/test-database.ts";

const FIXTURE = `
document: { file: 900_0000000000000004.txt, title: Self-assessment fixture, date: 2015-01-01 }
nodes:
  - { id: board-testshire-partnership, label: Board, name: Testshire Children's Partnership, kind: STRATEGIC_PARTNERSHIP, section: s1 }
  - { id: board-testshire-hwb, label: Board, name: Testshire Health and Wellbeing Board, kind: HEALTH_AND_WELLBEING_BOARD, section: s1 }
  - { id: org-testshire-council, label: Organisation, name: Testshire County Council, kind: COUNCIL, section: s1 }
  - { id: org-testshire-ccg, label: Organisation, name: Testshire CCG, kind: NHS_COMMISSIONER, section: s1 }
  - { id: org-testshire-police, label: Organisation, name: Testshire Police, kind: POLICE, section: s1 }
  - { id: org-testshire-vcs, label: Organisation, name: Testshire Voluntary Action, kind: VOLUNTARY_BODY, section: s1 }
relationships:
  - { type: MEMBER_OF, from: org-testshire-council, to: board-testshire-partnership, section: s1 }
  - { type: MEMBER_OF, from: org-testshire-ccg, to: board-testshire-partnership, section: s1 }
  - { type: MEMBER_OF, from: org-testshire-police, to: board-testshire-partnership, section: s1 }
`;

const ROUND = /* GraphQL */ `
  fragment Round on AssessmentRound {
    id name openedOn board { id } disagreementSpread disagreements previousRoundId previousRoundName
    responses { partner { id } partnerIsMember version scores { principle score comment } history { version scores { principle score comment } } }
    principles {
      principle number title responses mean min max spread standardDeviation disagreement previousMean meanChange
      lowestPartners { id } highestPartners { id }
      scores { partner { id } score comment }
    }
  }
`;
const OPEN = /* GraphQL */ `
  mutation Open($boardId: ID!, $name: String!, $openedOn: Date!) { openAssessmentRound(boardId: $boardId, name: $name, openedOn: $openedOn) { ...Round } }
  ${ROUND}
`;
const RECORD = /* GraphQL */ `
  mutation Record($roundId: ID!, $partnerId: ID!, $scores: [PrincipleScoreInput!]!) {
    recordAssessment(roundId: $roundId, partnerId: $partnerId, scores: $scores) { ...Round }
  }
  ${ROUND}
`;
const ROUNDS = /* GraphQL */ `
  query Rounds($boardId: ID!) { assessmentRounds(boardId: $boardId) { ...Round } }
  ${ROUND}
`;
const HEALTH = /* GraphQL */ `
  query Health($boardId: ID!, $asOf: Date) { healthCheck(boardId: $boardId, asOf: $asOf) { selfAssessment { ...Round } } }
  ${ROUND}
`;

const ORDER = ["RECOGNISE_NEED", "CLARITY_OF_PURPOSE", "COMMITMENT_AND_OWNERSHIP", "TRUST", "ROBUST_ARRANGEMENTS", "MONITOR_MEASURE_LEARN"];
/** Six scores in the tool's order, with a comment on trust. */
const scores = (values: number[], trustComment?: string) =>
  ORDER.map((principle, index) => ({ principle, score: values[index], ...(principle === "TRUST" && trustComment ? { comment: trustComment } : {}) }));

interface Principle {
  principle: string; number: number; title: string; responses: number; mean: number | null; min: number | null; max: number | null;
  spread: number | null; standardDeviation: number | null; disagreement: boolean; previousMean: number | null; meanChange: number | null;
  lowestPartners: { id: string }[]; highestPartners: { id: string }[]; scores: { partner: { id: string }; score: number; comment: string | null }[];
}
interface Round {
  id: string; name: string; openedOn: string; board: { id: string }; disagreementSpread: number; disagreements: string[];
  previousRoundId: string | null; previousRoundName: string | null;
  responses: { partner: { id: string }; partnerIsMember: boolean; version: number; scores: { principle: string; score: number; comment: string | null }[]; history: { version: number; scores: { score: number }[] }[] }[];
  principles: Principle[];
}

describe("partnership self-assessment", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let editor: Record<string, string>;
  let first: Round;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.wipe();
    await writeSeedFile(db.runner, parseSeedFile(FIXTURE, "fixture.yaml"));
    app = await createTestApp(db.runner);
    const { token } = await issueApiToken(db.runner, { id: "cli:tests", name: "tests", role: "admin", via: "cli" }, "assessment tests", "editor");
    editor = { authorization: `Bearer ${token}` };
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  async function send<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const answer = await graphql<T>(app, query, variables, editor);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }
  const principle = (round: Round, code: string) => round.principles.find((p) => p.principle === code)!;

  it("opens a round with the six principles and no scores yet", async () => {
    const { openAssessmentRound: round } = await send<{ openAssessmentRound: Round }>(OPEN, { boardId: "board-testshire-partnership", name: "Spring 2016", openedOn: "2016-03-01" });
    expect(round).toMatchObject({ name: "Spring 2016", openedOn: "2016-03-01", board: { id: "board-testshire-partnership" }, disagreementSpread: 2, responses: [], disagreements: [], previousRoundId: null });
    expect(round.principles.map((p) => [p.number, p.title])).toEqual([
      [1, "Recognise and accept the need for partnership"],
      [2, "Develop clarity and realism of purpose"],
      [3, "Ensure commitment and ownership"],
      [4, "Develop and maintain trust"],
      [5, "Create clear and robust partnership arrangements"],
      [6, "Monitor, measure and learn"],
    ]);
    expect(principle(round, "TRUST")).toMatchObject({ responses: 0, mean: null, spread: null, disagreement: false });
    first = round;
  });

  it("shows where partners disagree: spread, deviation, lowest and highest partners, with their comments", async () => {
    await send(RECORD, { roundId: first.id, partnerId: "org-testshire-council", scores: scores([5, 4, 4, 4, 3, 3], "We share information openly") });
    await send(RECORD, { roundId: first.id, partnerId: "org-testshire-ccg", scores: scores([5, 4, 3, 3, 3, 2]) });
    const { recordAssessment: round } = await send<{ recordAssessment: Round }>(RECORD, {
      roundId: first.id,
      partnerId: "org-testshire-police",
      scores: scores([4, 4, 3, 1, 3, 2], "Decisions are taken before meetings"),
    });
    expect(round.responses.map((r) => [r.partner.id, r.version])).toEqual([
      ["org-testshire-ccg", 1], ["org-testshire-council", 1], ["org-testshire-police", 1],
    ]);
    expect(principle(round, "TRUST")).toMatchObject({
      responses: 3, mean: 2.67, min: 1, max: 4, spread: 3, standardDeviation: 1.25, disagreement: true,
      lowestPartners: [{ id: "org-testshire-police" }], highestPartners: [{ id: "org-testshire-council" }],
      scores: [
        { partner: { id: "org-testshire-police" }, score: 1, comment: "Decisions are taken before meetings" },
        { partner: { id: "org-testshire-ccg" }, score: 3, comment: null },
        { partner: { id: "org-testshire-council" }, score: 4, comment: "We share information openly" },
      ],
    });
    expect(principle(round, "CLARITY_OF_PURPOSE")).toMatchObject({ mean: 4, spread: 0, standardDeviation: 0, disagreement: false, highestPartners: [{ id: "org-testshire-ccg" }, { id: "org-testshire-council" }, { id: "org-testshire-police" }] });
    expect(round.disagreements).toEqual(["TRUST"]);
  });

  it("replaces a partner's scores when recorded again, keeping the earlier ones in history", async () => {
    const { recordAssessment: round } = await send<{ recordAssessment: Round }>(RECORD, { roundId: first.id, partnerId: "org-testshire-police", scores: scores([4, 4, 3, 2, 3, 2]) });
    const police = round.responses.find((r) => r.partner.id === "org-testshire-police")!;
    expect(police.version).toBe(2);
    expect(police.history.map((h) => [h.version, h.scores[3]?.score])).toEqual([[1, 1]]);
    expect(round.responses).toHaveLength(3);
    expect(principle(round, "TRUST")).toMatchObject({ mean: 3, spread: 2, disagreement: true });
    const log = await send<{ auditLog: { action: string; before: string | null; after: string | null }[] }>(
      /* GraphQL */ `{ auditLog(actor: "assessment tests", limit: 1) { action before after } }`,
      {},
    );
    const [entry] = log.auditLog;
    expect(entry?.action).toBe("recordAssessment");
    expect(JSON.parse(entry!.before!)).toMatchObject({ version: 1, scores: [4, 4, 3, 1, 3, 2] });
    expect(JSON.parse(entry!.after!)).toMatchObject({ version: 2, partnerId: "org-testshire-police", scores: [4, 4, 3, 2, 3, 2] });
  });

  it("takes a partner that is not a member, and says so", async () => {
    const { recordAssessment: round } = await send<{ recordAssessment: Round }>(RECORD, { roundId: first.id, partnerId: "org-testshire-vcs", scores: scores([4, 3, 3, 3, 3, 3]) });
    expect(round.responses.find((r) => r.partner.id === "org-testshire-vcs")?.partnerIsMember).toBe(false);
    expect(round.responses.find((r) => r.partner.id === "org-testshire-council")?.partnerIsMember).toBe(true);
  });

  it("compares a second round with the first, newest first, and shows the latest on the health check", async () => {
    const { openAssessmentRound: second } = await send<{ openAssessmentRound: Round }>(OPEN, { boardId: "board-testshire-partnership", name: "Autumn 2016", openedOn: "2016-10-01" });
    await send(RECORD, { roundId: second.id, partnerId: "org-testshire-council", scores: scores([5, 4, 4, 4, 4, 4]) });
    await send(RECORD, { roundId: second.id, partnerId: "org-testshire-police", scores: scores([5, 4, 4, 4, 4, 3]) });
    const { assessmentRounds } = await send<{ assessmentRounds: Round[] }>(ROUNDS, { boardId: "board-testshire-partnership" });
    expect(assessmentRounds.map((r) => r.name)).toEqual(["Autumn 2016", "Spring 2016"]);
    const [latest, earlier] = assessmentRounds as [Round, Round];
    expect(latest).toMatchObject({ previousRoundId: first.id, previousRoundName: "Spring 2016", disagreements: [] });
    expect(earlier.previousRoundId).toBeNull();
    // Trust: 3.0 in spring (4, 3, 2, 3 after the police re-recorded), 4.0 in autumn.
    expect(principle(latest, "TRUST")).toMatchObject({ mean: 4, previousMean: 3, meanChange: 1 });
    expect(principle(earlier, "TRUST")).toMatchObject({ previousMean: null, meanChange: null });

    const now = await send<{ healthCheck: { selfAssessment: Round } }>(HEALTH, { boardId: "board-testshire-partnership", asOf: "2016-11-01" });
    expect(now.healthCheck.selfAssessment).toMatchObject({ id: second.id, previousRoundId: first.id });
    const summer = await send<{ healthCheck: { selfAssessment: Round } }>(HEALTH, { boardId: "board-testshire-partnership", asOf: "2016-07-01" });
    expect(summer.healthCheck.selfAssessment).toMatchObject({ id: first.id, previousRoundId: null });
    const none = await send<{ healthCheck: { selfAssessment: Round | null } }>(HEALTH, { boardId: "board-testshire-hwb" });
    expect(none.healthCheck.selfAssessment).toBeNull();
  });

  it("refuses bad scores, partners, rounds and names with coded errors naming the field, and writes nothing", async () => {
    const before = await send<{ assessmentRounds: Round[] }>(ROUNDS, { boardId: "board-testshire-partnership" });
    const fiveOnly = scores([3, 3, 3, 3, 3, 3]).slice(0, 5);
    const twice = [...scores([3, 3, 3, 3, 3, 3]).slice(0, 5), { principle: "TRUST", score: 2 }];
    const tooHigh = scores([3, 3, 3, 6, 3, 3]);
    const cases: [string, Record<string, unknown>, string, (string | number)[]][] = [
      [RECORD, { roundId: first.id, partnerId: "org-testshire-council", scores: fiveOnly }, "GOV_INPUT_INVALID", ["scores"]],
      [RECORD, { roundId: first.id, partnerId: "org-testshire-council", scores: twice }, "GOV_INPUT_INVALID", ["scores", 5, "principle"]],
      [RECORD, { roundId: first.id, partnerId: "org-testshire-council", scores: tooHigh }, "GOV_INPUT_INVALID", ["scores", 3, "score"]],
      [RECORD, { roundId: first.id, partnerId: "board-testshire-hwb", scores: scores([3, 3, 3, 3, 3, 3]) }, "GOV_INPUT_INVALID", ["partnerId"]],
      [RECORD, { roundId: first.id, partnerId: "org-testshire-nobody", scores: scores([3, 3, 3, 3, 3, 3]) }, "GOV_NOT_FOUND", ["partnerId"]],
      [RECORD, { roundId: "round-nowhere", partnerId: "org-testshire-council", scores: scores([3, 3, 3, 3, 3, 3]) }, "GOV_NOT_FOUND", ["roundId"]],
      [OPEN, { boardId: "board-testshire-partnership", name: "spring 2016", openedOn: "2017-01-01" }, "GOV_CONFLICT", ["name"]],
      [OPEN, { boardId: "board-testshire-partnership", name: "  ", openedOn: "2017-01-01" }, "GOV_INPUT_INVALID", ["name"]],
      [OPEN, { boardId: "board-testshire-nowhere", name: "Winter", openedOn: "2017-01-01" }, "GOV_NOT_FOUND", ["boardId"]],
    ];
    for (const [query, variables, code, fieldPath] of cases) {
      const answer = await graphql(app, query, variables, editor);
      const extensions = answer.errors?.[0]?.extensions ?? {};
      const path = (extensions.fieldPath as unknown[] | undefined)?.map(String);
      expect({ variables, code: extensions.code, path }).toEqual({ variables, code, path: fieldPath.map(String) });
    }
    expect(await send<{ assessmentRounds: Round[] }>(ROUNDS, { boardId: "board-testshire-partnership" })).toEqual(before);
  });
});
