import { describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { loadConfig } from "../../config.ts";
import type { Params, QueryRunner } from "../../db/run-query.ts";
import { createLogger } from "../../logger.ts";

/** Answers every named query from a canned table and records which ran with which params. */
function fakeRunner(rows: unknown[]) {
  const calls: { name: string; params: Params }[] = [];
  const stats = { transactions: 0, queries: 0 };
  const runner: QueryRunner = {
    stats,
    read: async <T>(name: string, params: Params = {}) => {
      stats.transactions++;
      stats.queries++;
      calls.push({ name, params });
      return rows as T[];
    },
    write: () => Promise.reject(new Error("no writes here")),
    readTransaction: () => Promise.reject(new Error("one query is enough")),
    writeTransaction: () => Promise.reject(new Error("no writes here")),
    autoCommit: () => Promise.reject(new Error("no auto-commit here")),
  };
  return { runner, calls };
}

async function ask(runner: QueryRunner, query: string) {
  const app = await createApp({ runner, config: loadConfig({ NODE_ENV: "test" }), logger: createLogger("silent", { pretty: false }) });
  try {
    const response = await app.inject({ method: "POST", url: "/graphql", payload: { query } });
    return response.json() as { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] };
  } finally {
    await app.close();
  }
}

const node = (id: string, label: string) => ({ id, name: id, label, sources: [] });
const QUERY = /* GraphQL */ `
  query { board(id: "board-x", asOf: "2016-06-01") {
    board { id } chairs { id } members { id }
    governs { strategy { id } leads { id } } oversees { strategy { id } leads { id } }
  } }`;

describe("board", () => {
  it("answers the nested read from one query in one transaction, and splits strategies by role", async () => {
    const { runner, calls } = fakeRunner([
      {
        board: node("board-x", "Board"),
        chairs: [node("person-chair", "Person")],
        members: [node("person-a", "Person"), node("org-b", "Organisation")],
        strategies: [
          { strategy: node("strategy-both", "Strategy"), roles: ["GOVERNED_THROUGH", "OVERSEEN_BY"], leads: [node("person-a", "Person")] },
          { strategy: node("strategy-gov", "Strategy"), roles: ["GOVERNED_THROUGH"], leads: [] },
        ],
      },
    ]);
    const answer = await ask(runner, QUERY);
    expect(answer.errors).toBeUndefined();
    expect(calls).toEqual([{ name: "boards/get-board-detail", params: { id: "board-x", asOf: "2016-06-01" } }]);
    expect(runner.stats.transactions).toBe(1);
    expect(answer.data?.board).toEqual({
      board: { id: "board-x" },
      chairs: [{ id: "person-chair" }],
      members: [{ id: "person-a" }, { id: "org-b" }],
      governs: [{ strategy: { id: "strategy-both" }, leads: [{ id: "person-a" }] }, { strategy: { id: "strategy-gov" }, leads: [] }],
      oversees: [{ strategy: { id: "strategy-both" }, leads: [{ id: "person-a" }] }],
    });
  });

  it("answers null for a board that is not there", async () => {
    const { runner } = fakeRunner([]);
    const answer = await ask(runner, QUERY);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ board: null });
  });

  it("refuses a malformed date with a coded error naming the field, before any query", async () => {
    const { runner, calls } = fakeRunner([]);
    const answer = await ask(runner, /* GraphQL */ `query { board(id: "board-x", asOf: "2016-13-40") { board { id } } }`);
    expect(answer.errors?.[0]?.extensions?.code).toMatch(/^GOV_/);
    expect(calls).toEqual([]);
  });
});
