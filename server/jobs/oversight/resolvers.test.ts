import { describe, expect, it } from "vitest";
import { askGraphql as ask } from "../../../test/support/ask-graphql.ts";
import { recordingRunner } from "../../../test/support/recording-runner.ts";


const strategy = { id: "strategy-x", name: "X plan", label: "Strategy", sources: [] };
const board = (id: string) => ({ id, name: id, label: "Board", sources: [] });
const start = { type: "OVERSEEN_BY", from: "strategy-x", to: "board-a", sources: [] };

describe("oversight resolvers", () => {
  it("traces a chain with one query, whatever its length", async () => {
    const { runner, calls } = recordingRunner({
      ["oversight/trace-oversight-chain"]: [
        {
          strategy,
          inForce: true,
          leads: [],
          starts: [start],
          approvals: [],
          bodies: [
            { body: board("board-a"), lines: [{ line: { type: "ACCOUNTABLE_TO", from: "board-a", to: "board-b", sources: [] }, entity: board("board-b") }], chairs: [] },
            { body: board("board-b"), lines: [], chairs: [] },
          ],
        },
      ],
    });
    const answer = await ask(runner, /* GraphQL */ `{ oversightChain(strategyId: "strategy-x", asOf: "2016-06-01") { paths { end steps { entity { id } } } gaps { kind } } }`);
    expect(answer.errors).toBeUndefined();
    expect(calls).toEqual([{ name: "oversight/trace-oversight-chain", params: { strategyId: "strategy-x", asOf: "2016-06-01" } }]);
    expect(runner.stats.transactions).toBe(1);
    expect(answer.data).toEqual({
      oversightChain: {
        paths: [{ end: "TOP", steps: [{ entity: { id: "board-a" } }, { entity: { id: "board-b" } }] }],
        gaps: [{ kind: "NO_LEAD" }, { kind: "NO_GOVERNANCE_ROUTE" }, { kind: "NO_UPWARD_LINE" }],
      },
    });
  });

  it("answers an unknown strategy with GOV_NOT_FOUND naming the field", async () => {
    const { runner, calls } = recordingRunner({});
    const answer = await ask(runner, /* GraphQL */ `{ oversightChain(strategyId: "strategy-none") { truncated } }`);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["strategyId"] });
    expect(calls).toHaveLength(1);
  });

  it("refuses bad input before any query runs", async () => {
    const { runner, calls } = recordingRunner({});
    const cases = [
      /* GraphQL */ `{ reportingLines(depth: 2) { truncated } }`,
      /* GraphQL */ `{ reportingLines(rootId: "a", area: "Essex") { truncated } }`,
      /* GraphQL */ `{ reportingLines(area: "Essex", types: ["NOT_A_TYPE"]) { truncated } }`,
      /* GraphQL */ `{ reportingLines(rootId: "a", depth: 9) { truncated } }`,
      /* GraphQL */ `{ structureDiff(area: "Essex", from: "2016-06-01", to: "2011-10-01") { from } }`,
      /* GraphQL */ `{ accountabilityGaps(leadThreshold: -1) { asOf } }`,
      /* GraphQL */ `{ search(text: "   ") { id } }`,
    ];
    for (const query of cases) {
      const answer = await ask(runner, query);
      expect(answer.errors?.[0]?.extensions?.code, query).toBe("GOV_INPUT_INVALID");
    }
    expect(calls).toEqual([]);
  });

  it("sends the diagram's relationship types and bounds to one query", async () => {
    const { runner, calls } = recordingRunner({
      ["oversight/reporting-lines-around-node"]: [{ nodes: [board("board-a")], edges: [], truncated: false }],
    });
    const answer = await ask(runner, /* GraphQL */ `{ reportingLines(rootId: "board-a", depth: 3, types: ["ACCOUNTABLE_TO"]) { nodes { id } truncated } }`);
    expect(answer.errors).toBeUndefined();
    expect(calls).toEqual([
      { name: "oversight/reporting-lines-around-node", params: { rootId: "board-a", depth: 3, types: ["ACCOUNTABLE_TO"], asOf: null, limit: 500 } },
    ]);
  });
});
