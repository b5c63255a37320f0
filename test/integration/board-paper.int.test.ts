import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { apiTokenHeaders } from "../support/auth-headers.ts";
import { useSeededApp } from "../support/seeded-app.ts";
import { graphql } from "../support/test-app.ts";

const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));
const BOARD = "board-essex-cyp-strategic-partnership";
const PRINCIPLES = ["RECOGNISE_NEED", "CLARITY_OF_PURPOSE", "COMMITMENT_AND_OWNERSHIP", "TRUST", "ROBUST_ARRANGEMENTS", "MONITOR_MEASURE_LEARN"];
const RAG_WORDS: Record<string, string> = { RED: "Red", AMBER: "Amber", GREEN: "Green", NOT_APPLICABLE: "Not applicable" };

describe("the board paper as a Word document", () => {
  const seeded = useSeededApp();

  it("names the board and holds each rule's result and the self-assessment chart as an image", async () => {
    const editor = await apiTokenHeaders(seeded.db.runner, "editor");
    const partners = await graphql<{ board: { members: { id: string; label: string }[] } }>(seeded.app, /* GraphQL */ `query ($id: ID!) { board(id: $id) { members { id label } } }`, { id: BOARD });
    const orgs = partners.data!.board.members.filter((m) => m.label === "Organisation").slice(0, 2);
    expect(orgs).toHaveLength(2);
    const round = await graphql<{ openAssessmentRound: { id: string } }>(
      seeded.app,
      /* GraphQL */ `mutation ($board: ID!) { openAssessmentRound(boardId: $board, name: "Autumn 2026", openedOn: "2026-10-01") { id } }`,
      { board: BOARD },
      editor,
    );
    for (const [index, org] of orgs.entries()) {
      const recorded = await graphql(
        seeded.app,
        /* GraphQL */ `mutation ($round: ID!, $partner: ID!, $scores: [PrincipleScoreInput!]!) { recordAssessment(roundId: $round, partnerId: $partner, scores: $scores) { id } }`,
        { round: round.data!.openAssessmentRound.id, partner: org.id, scores: PRINCIPLES.map((principle, i) => ({ principle, score: index === 0 ? 5 : 1 + (i % 5) })) },
        editor,
      );
      expect(recorded.errors).toBeUndefined();
    }

    const action = await graphql(
      seeded.app,
      /* GraphQL */ `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`,
      { input: { boardId: BOARD, findingKind: "HEALTH_CHECK_RULE", ruleId: "has-chair", what: "Appoint a chair for the Partnership", ownerId: "person-dick-madden", dueOn: "2026-06-30" } },
      editor,
    );
    expect(action.errors).toBeUndefined();

    const response = await seeded.app.inject({ method: "GET", url: `/reports/board/${BOARD}.docx?asOf=2026-11-30` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers["content-disposition"]).toContain(`board-paper-${BOARD}-2026-11-30.docx`);
    const buffer = response.rawPayload;
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, "board-paper-essex-partnership.docx"), buffer);
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(text).toContain("Essex Children and Young People's Strategic Partnership");
    expect(text).toContain("1. Terms of reference");
    expect(text).toContain("2. Health check");
    expect(text).toContain("3. Partners' self-assessment");
    expect(text).toContain("4. Actions");
    expect(text).toContain("Appoint a chair for the Partnership");
    expect(text).toContain("Open, overdue");

    const health = await graphql<{ healthCheck: { rules: { rule: { title: string }; status: string }[] } }>(
      seeded.app,
      /* GraphQL */ `query ($id: ID!) { healthCheck(boardId: $id, asOf: "2026-11-30") { rules { rule { title } status } } }`,
      { id: BOARD },
    );
    const { value: html } = await mammoth.convertToHtml({ buffer });
    for (const rule of health.data!.healthCheck.rules) {
      // Each rule is one table row: its title, then its result in words.
      expect(html).toContain(`<td><p>${rule.rule.title}</p></td><td><p>${RAG_WORDS[rule.status]}</p></td>`);
    }
    const image = /<img [^>]*src="data:image\/png;base64,([^"]+)"/.exec(html);
    expect(image).not.toBeNull();
    const png = Buffer.from(image![1]!, "base64");
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(10_000);
  });

  it("answers an unknown board with 404 and a bad date with 400, as JSON with a code", async () => {
    const unknown = await seeded.app.inject({ method: "GET", url: "/reports/board/board-atlantis.docx" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: "GOV_NOT_FOUND", message: expect.stringContaining("board-atlantis") });
    const badDate = await seeded.app.inject({ method: "GET", url: `/reports/board/${BOARD}.docx?asOf=2026-02-30` });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json()).toMatchObject({ code: "GOV_INPUT_INVALID", message: expect.stringContaining("asOf") });
  });
});
