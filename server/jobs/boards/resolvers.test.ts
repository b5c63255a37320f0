import { describe, expect, it } from "vitest";
import type { QueryRunner } from "../../db/run-query.ts";
import { askGraphql } from "../../../test/support/ask-graphql.ts";
import { recordingRunner } from "../../../test/support/recording-runner.ts";

/** Answers every named query with the same rows. */
const fakeRunner = (rows: unknown[]) => recordingRunner(() => rows);
const ask = (runner: QueryRunner, query: string) => askGraphql(runner, query);


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
