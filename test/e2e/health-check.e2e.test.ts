import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokenHeaders } from "../support/auth-headers.ts";
import { graphql } from "../support/test-app.ts";
import { type E2eApp, startE2eApp } from "./support/e2e-app.ts";
import { seriousViolations } from "./support/axe.ts";
import { launchChromium } from "./support/launch-chromium.ts";
import { ARTIFACTS, collectPageErrors, openClient, screenshot, waitForDiagram } from "./support/page-helpers.ts";

const PRINCIPLES = ["RECOGNISE_NEED", "CLARITY_OF_PURPOSE", "COMMITMENT_AND_OWNERSHIP", "TRUST", "ROBUST_ARRANGEMENTS", "MONITOR_MEASURE_LEARN"];
// Four partners agree on the need for partnership and disagree on trust and on arrangements.
const SCORES = [
  [5, 4, 4, 2, 2, 3],
  [5, 3, 4, 5, 4, 3],
  [4, 4, 3, 4, 5, 2],
  [5, 4, 3, 1, 4, 3],
];

interface Health {
  healthCheck: { board: { name: string }; overall: string; rules: { rule: { title: string }; status: string }[] };
}

describe("a board's health check and its printable report, in a browser", () => {
  let server: E2eApp;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let errors: string[];
  let boardId: string;

  beforeAll(async () => {
    server = await startE2eApp();
    const found = await graphql<{ search: { id: string; label: string }[] }>(server.app, /* GraphQL */ `{ search(text: "Success for All Children Group") { id label } }`);
    boardId = found.data!.search.find((hit) => hit.label === "Board")!.id;
    // The partners' self-assessment is entered by people, not read from the documents: enter one round as an editor would.
    const headers = await apiTokenHeaders(server.db.runner, "editor");
    const around = await graphql<{ reportingLines: { nodes: { id: string; label: string }[] } }>(
      server.app,
      /* GraphQL */ `query ($id: ID!) { reportingLines(rootId: $id, depth: 1, types: ["MEMBER_OF"]) { nodes { id label } } }`,
      { id: boardId },
    );
    const partners = around.data!.reportingLines.nodes.filter((n) => n.label === "Organisation").slice(0, SCORES.length);
    expect(partners).toHaveLength(SCORES.length);
    const round = await graphql<{ openAssessmentRound: { id: string } }>(
      server.app,
      /* GraphQL */ `mutation ($board: ID!) { openAssessmentRound(boardId: $board, name: "Spring 2016", openedOn: "2016-04-15") { id } }`,
      { board: boardId },
      headers,
    );
    expect(round.errors).toBeUndefined();
    for (const [index, partner] of partners.entries()) {
      const recorded = await graphql(
        server.app,
        /* GraphQL */ `mutation ($round: ID!, $partner: ID!, $scores: [PrincipleScoreInput!]!) { recordAssessment(roundId: $round, partnerId: $partner, scores: $scores) { id } }`,
        { round: round.data!.openAssessmentRound.id, partner: partner.id, scores: PRINCIPLES.map((principle, i) => ({ principle, score: SCORES[index]![i] })) },
        headers,
      );
      expect(recorded.errors).toBeUndefined();
    }
    browser = await launchChromium();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the board's status in red, amber and green in its side panel", async () => {
    await openClient(page, server.baseUrl, `?node=${boardId}`);
    await page.locator("#side-panel .rag-counts").waitFor();
    const counts = await page.locator("#side-panel .rag-counts").getAttribute("aria-label");
    expect(counts).toMatch(/^\d+ red, \d+ amber, \d+ green$/);
    await expect(page.locator("#side-panel").textContent()).resolves.toMatch(/Terms of reference/);
    await screenshot(page, "health-1-board-panel");
    await expect(seriousViolations(page), "axe on the board's panel").resolves.toEqual([]);
  });

  it("lists each rule's result as the API evaluates it, and charts the six principles with every partner's score", async () => {
    await page.getByRole("button", { name: "Health check", exact: true }).click();
    await page.locator("table.rules tbody tr").first().waitFor();
    expect(new URL(page.url()).searchParams.get("mode")).toBe("health");
    const asOf = await page.inputValue("#as-of");
    const answer = await graphql<Health>(
      server.app,
      /* GraphQL */ `query ($id: ID!, $asOf: Date) { healthCheck(boardId: $id, asOf: $asOf) { board { name } overall rules { rule { title } status } } }`,
      { id: boardId, asOf },
    );
    const rules = answer.data!.healthCheck.rules;
    const rows = page.locator("table.rules tbody tr");
    await expect(rows.count()).resolves.toBe(rules.length);
    const words: Record<string, string> = { RED: "Red", AMBER: "Amber", GREEN: "Green", NOT_APPLICABLE: "N/A" };
    for (const [index, rule] of rules.entries()) {
      await expect(rows.nth(index).locator("th").textContent()).resolves.toBe(rule.rule.title);
      await expect(rows.nth(index).locator(".rag").textContent()).resolves.toBe(words[rule.status]);
    }
    await expect(page.locator(".overall .rag").textContent()).resolves.toBe(words[answer.data!.healthCheck.overall]);

    const chart = page.locator("#side-panel svg.assessment-chart");
    await expect(chart.locator("circle").count()).resolves.toBe(SCORES.length * PRINCIPLES.length);
    await expect(chart.getAttribute("role")).resolves.toBe("img");
    const principleRows = await page.locator("table.principles tbody tr").allTextContents();
    expect(principleRows).toHaveLength(PRINCIPLES.length);
    // Trust was scored 2, 5, 4 and 1: the widest spread, flagged as a disagreement.
    expect(principleRows[3]).toMatch(/Develop and maintain trust.*partners disagree/);
    expect(principleRows[0]).not.toMatch(/partners disagree/);
    await screenshot(page, "health-2-health-check");
    await expect(seriousViolations(page), "axe on the health-check panel").resolves.toEqual([]);
    await page.locator("#side-panel .chart-wrap").screenshot({ path: join(ARTIFACTS, "health-3-self-assessment-chart.png") });
  });

  it("prints a report of the terms-of-reference review and the health check, fit for a board paper", async () => {
    await page.getByRole("button", { name: "Printable report" }).click();
    await page.locator("#report-title").waitFor();
    expect(new URL(page.url()).searchParams.get("mode")).toBe("report");
    await expect(page.locator("#report-title").textContent()).resolves.toBe("Success for All Children Group");
    await expect(page.locator("#report h2").allTextContents()).resolves.toEqual(expect.arrayContaining(["1. Terms of reference", "2. Health check"]));
    await expect(page.locator("#report table.rules tbody tr").count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "health-4-report-screen", { fullPage: true });
    await expect(seriousViolations(page), "axe on the report").resolves.toEqual([]);

    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".topbar").isVisible()).resolves.toBe(false);
    await expect(page.locator(".report-actions").isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    writeFileSync(join(ARTIFACTS, "health-5-report.pdf"), pdf);
    await screenshot(page, "health-5-report-print", { fullPage: true });
    await page.emulateMedia({ media: "screen" });
    expect(errors).toEqual([]);
  });

  it("goes back to the diagram from the report with the board still selected", async () => {
    await page.getByRole("button", { name: /Back to the diagram/ }).click();
    await waitForDiagram(page);
    expect(new URL(page.url()).searchParams.get("mode")).toBeNull();
    await expect(page.locator("#report").isVisible()).resolves.toBe(false);
    await page.waitForFunction(() => document.getElementById("panel-title")?.textContent === "Success for All Children Group");
    await expect(page.locator("#side-panel").getByRole("button", { name: "Health check", exact: true }).isVisible()).resolves.toBe(true);
  });
});
