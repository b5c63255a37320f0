import { describe, expect, it } from "vitest";
import type { QueryRunner } from "../../db/run-query.ts";
import { askGraphql } from "../../../test/support/ask-graphql.ts";
import { recordingRunner } from "../../../test/support/recording-runner.ts";

type HealthCheckAnswer = { healthCheck: { overall: string; rules: { rule: { id: string }; status: string }[] } };
const ask = (runner: QueryRunner, query: string, variables: Record<string, unknown> = {}) => askGraphql<HealthCheckAnswer>(runner, query, variables);


const QUERY = /* GraphQL */ `query($boardId: ID!, $asOf: Date) { healthCheck(boardId: $boardId, asOf: $asOf) { overall rules { rule { id } status } } }`;
const hwb = { id: "board-h", name: "H", label: "Board", kind: "HEALTH_AND_WELLBEING_BOARD", sources: [] };

describe("healthCheck resolver", () => {
  it("reads everything in one transaction, each shared rule query once, with the board and date as params", async () => {
    const { runner, calls, stats } = recordingRunner({
      ["graph/get-board"]: [{ board: hwb }],
      ["health-check/rules/chairs"]: [{ chairs: [] }],
      ["health-check/rules/upward-lines"]: [{ lines: [] }],
      ["health-check/rules/cycles"]: [{ cycle: null }],
      ["health-check/rules/terms-of-reference"]: [{ terms: null, edge: null }],
      ["health-check/rules/strategies"]: [{ strategies: [] }],
      ["health-check/rules/members"]: [{ members: [], areaCommissioners: [] }],
      ["health-check/rules/chair-load"]: [{ chairs: [] }],
    });
    const answer = await ask(runner, QUERY, { boardId: "board-h", asOf: "2016-06-30" });
    expect(answer.errors).toBeUndefined();
    expect(stats.transactions).toBe(1);
    const names = calls.map((call) => call.name);
    expect(names.filter((name) => name === "health-check/rules/members")).toHaveLength(1);
    expect(names).toHaveLength(10);
    expect(calls.find((call) => call.name === "health-check/rules/chairs")?.params).toEqual({ boardId: "board-h", asOf: "2016-06-30" });
    const statuses = Object.fromEntries(answer.data!.healthCheck.rules.map((r) => [r.rule.id, r.status]));
    expect(statuses).toMatchObject({ "has-chair": "RED", "hwb-statutory-membership": "RED", "safeguarding-partners": "NOT_APPLICABLE" });
  });

  it("skips the queries of rules that do not apply to the board's kind", async () => {
    const { runner, calls } = recordingRunner({
      ["graph/get-board"]: [{ board: { ...hwb, kind: "WORKING_GROUP" } }],
    });
    await ask(runner, QUERY, { boardId: "board-h", asOf: "2016-06-30" });
    expect(calls.map((call) => call.name)).not.toContain("health-check/rules/members");
  });

  it("refuses a bad id before any query runs", async () => {
    const { runner, calls } = recordingRunner({});
    const answer = await ask(runner, QUERY, { boardId: "Not An Id" });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath: ["boardId"] });
    expect(calls).toEqual([]);
  });
});
