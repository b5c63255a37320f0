import { describe, expect, it } from "vitest";
import { jwtHeaders } from "../support/auth-headers.ts";
import { graphql } from "../support/test-app.ts";
import { useEditingAppOverSeeds } from "../support/seeded-editing-app.ts";

const BOARD = "board-essex-cyp-strategic-partnership";
const OWNER = "person-dick-madden";
const ACTION = /* GraphQL */ `fragment A on Action { id what status overdue dueOn closedOn version ruleId findingKind owner { id } board { id } }`;
const CREATE = /* GraphQL */ `mutation ($input: CreateActionInput!) { createAction(input: $input) { ...A } } ${ACTION}`;
const UPDATE = /* GraphQL */ `mutation ($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, expectedVersion: $v, input: $input) { ...A } } ${ACTION}`;
const CLOSE = /* GraphQL */ `mutation ($id: ID!, $v: Int!) { closeAction(id: $id, expectedVersion: $v, notes: "Chair appointed at the March meeting") { ...A notes } } ${ACTION}`;

interface Action {
  id: string;
  status: string;
  overdue: boolean;
  version: number;
  closedOn: string | null;
}

describe("actions on a board's findings", () => {
  const seeded = useEditingAppOverSeeds("Actions Editor");

  it("records an action on a red or amber rule, shows it overdue in the health check and the register, and closes it with its history", async () => {
    const health = await graphql<{ healthCheck: { rules: { rule: { id: string }; status: string }[] } }>(seeded.app, /* GraphQL */ `{ healthCheck(boardId: "${BOARD}") { rules { rule { id } status } } }`);
    const finding = health.data!.healthCheck.rules.find((r) => r.status === "RED" || r.status === "AMBER")!;
    expect(finding).toBeDefined();
    const created = await graphql<{ createAction: Action }>(
      seeded.app,
      CREATE,
      { input: { boardId: BOARD, findingKind: "HEALTH_CHECK_RULE", ruleId: finding.rule.id, what: "Put the finding right", ownerId: OWNER, dueOn: "2020-01-31" } },
      seeded.editor,
    );
    expect(created.errors).toBeUndefined();
    const action = created.data!.createAction;
    expect(action).toMatchObject({ status: "OPEN", overdue: true, version: 1, ruleId: finding.rule.id, owner: { id: OWNER }, board: { id: BOARD } });

    const after = await graphql<{ healthCheck: { overdueActions: { id: string }[]; actions: { id: string }[] } }>(seeded.app, /* GraphQL */ `{ healthCheck(boardId: "${BOARD}") { overdueActions { id } actions { id } } }`);
    expect(after.data!.healthCheck.overdueActions.map((a) => a.id)).toEqual([action.id]);
    const today = new Date().toISOString().slice(0, 10);
    const register = await graphql<{ termsOfReferenceReview: { boards: { board: { id: string }; overdueActions: number }[] } }>(
      seeded.app,
      /* GraphQL */ `query ($asOf: Date!) { termsOfReferenceReview(asOf: $asOf, area: "area-essex") { boards { board { id } overdueActions } } }`,
      { asOf: today },
    );
    expect(register.data!.termsOfReferenceReview.boards.find((b) => b.board.id === BOARD)?.overdueActions).toBe(1);

    const moved = await graphql<{ updateAction: Action }>(seeded.app, UPDATE, { id: action.id, v: 1, input: { dueOn: "2099-06-30" } }, seeded.editor);
    expect(moved.data!.updateAction).toMatchObject({ version: 2, overdue: false });
    // A second editor who read version 1 is refused: nothing is overwritten.
    const stale = await graphql(seeded.app, UPDATE, { id: action.id, v: 1, input: { what: "Something else" } }, await jwtHeaders("editor", "Second Editor"));
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "GOV_CONFLICT", currentVersion: 2 });

    const closed = await graphql<{ closeAction: Action & { notes: string } }>(seeded.app, CLOSE, { id: action.id, v: 2 }, seeded.editor);
    expect(closed.data!.closeAction).toMatchObject({ status: "DONE", closedOn: today, notes: "Chair appointed at the March meeting", version: 3 });

    const history = await graphql<{ history: { action: string; actor: string }[] }>(seeded.app, /* GraphQL */ `query ($id: ID!) { history(entityId: $id) { action actor } }`, { id: action.id }, seeded.editor);
    expect(history.data!.history.map((h) => h.action)).toEqual(["closeAction", "updateAction", "createAction"]);
    expect(history.data!.history[0]!.actor).toBe("Actions Editor");
  });

  it("refuses an owner who is not a person, a rule finding without its rule, and an unknown round, writing nothing", async () => {
    const base = { boardId: BOARD, findingKind: "HEALTH_CHECK_RULE", ruleId: "has-chair", what: "x", ownerId: OWNER, dueOn: "2027-01-01" };
    const notPerson = await graphql(seeded.app, CREATE, { input: { ...base, ownerId: "org-essex-county-council" } }, seeded.editor);
    expect(notPerson.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["input", "ownerId"] });
    const noRule = await graphql(seeded.app, CREATE, { input: { ...base, ruleId: null } }, seeded.editor);
    expect(noRule.errors?.[0]?.extensions).toMatchObject({ code: "GOV_INPUT_INVALID", fieldPath: ["input", "ruleId"] });
    const noRound = await graphql(seeded.app, CREATE, { input: { ...base, findingKind: "PRINCIPLE", ruleId: null, roundId: "round-none", principle: "TRUST" } }, seeded.editor);
    expect(noRound.errors?.[0]?.extensions).toMatchObject({ code: "GOV_NOT_FOUND", fieldPath: ["input", "roundId"] });
    const listed = await graphql<{ actions: { id: string }[] }>(seeded.app, /* GraphQL */ `{ actions(boardId: "${BOARD}") { id } }`);
    expect(listed.data!.actions).toHaveLength(1);
  });
});
