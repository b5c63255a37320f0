import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jwtHeaders, TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { graphql } from "../support/test-app.ts";
import { type E2eApp, startE2eApp } from "./support/e2e-app.ts";
import { launchChromium } from "./support/launch-chromium.ts";
import { collectPageErrors, diagramState, openClient, screenshot } from "./support/page-helpers.ts";

// Terms of reference written for this test: a board the seed graph does not hold, answering to two it does.
const TERMS_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ToR</title>
<style>body { font: 12pt serif; margin: 2cm; } h1 { font-size: 16pt; } h2 { font-size: 13pt; }</style></head><body>
<h1>Southend Early Help Partnership Board – Terms of Reference</h1>
<h2>1. Accountability</h2>
<p>The Southend Early Help Partnership Board is accountable to the Southend Health and Wellbeing Board.</p>
<p>It reports to the Success for All Children Group each quarter on the early help offer.</p>
<h2>2. Chair</h2>
<p>The Board is chaired by Ruth Calder, Head of Early Help.</p>
<h2>3. Meetings</h2>
<p>The Board meets monthly.</p>
<p>The quorum is four members.</p>
</body></html>`;

const BOARD = "board-southend-early-help-partnership-board";

/** Serious and critical accessibility violations on the page, by axe-core. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a script tag: the page's content security policy rightly refuses inline scripts.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve("axe-core"), "utf8"));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe("drafting the graph from terms of reference, in a browser", () => {
  let server: E2eApp;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let errors: string[];
  let pdf: Buffer;

  beforeAll(async () => {
    server = await startE2eApp({ JWT_SECRET: TEST_JWT_SECRET });
    browser = await launchChromium();
    // Every request of the browser is an editor's, as behind the council's sign-in.
    await browser.context.setExtraHTTPHeaders(await jwtHeaders("editor", "Erin Editor"));
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    // The PDF is made by Chromium from the text above, as a council's word processor would.
    const maker = await browser.context.newPage();
    await maker.setContent(TERMS_HTML);
    pdf = await maker.pdf({ format: "A4" });
    await maker.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const card = (kind: string) => page.locator(`li.draft-fact[data-kind="${kind}"]`).first();
  async function waitForStatus(pattern: RegExp): Promise<void> {
    await page.waitForFunction((source) => new RegExp(source).test(document.getElementById("draft-status")?.textContent ?? ""), pattern.source, { timeout: 60_000 });
  }

  it("uploads the PDF and proposes its facts, each beside its quote in the text", async () => {
    await page.goto(`${server.baseUrl}/drafts.html`);
    await page.getByLabel("Document title").fill("Southend Early Help Partnership Board terms of reference");
    await page.getByLabel("Date of the document (optional)").fill("2024-04-01");
    await page.getByLabel("Area (optional)").selectOption("area-southend-on-sea");
    await page.setInputFiles("#draft-file", { name: "early-help-tor.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Propose facts" }).click();
    await waitForStatus(/fact\(s\) proposed/);
    const kinds = await page.locator("li.draft-fact").evaluateAll((items) => items.map((item) => item.getAttribute("data-kind")));
    expect(kinds).toEqual(expect.arrayContaining(["ACCOUNTABLE_TO", "REPORTS_TO", "CHAIRS", "MEETING_FREQUENCY", "QUORUM"]));
    await expect(card("ACCOUNTABLE_TO").textContent()).resolves.toMatch(/matches Southend Health and Wellbeing Board/);
    await card("REPORTS_TO").locator(".draft-fact-title").click();
    await expect(page.locator("#draft-quote").textContent()).resolves.toMatch(/It reports to the Success for All Children Group/);
    await screenshot(page, "drafts-1-proposed", { fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("accepts three facts, corrects and accepts one, rejects one", async () => {
    for (const kind of ["ACCOUNTABLE_TO", "REPORTS_TO", "CHAIRS"]) {
      await card(kind).getByRole("button", { name: /^Accept:/ }).click();
      await page.waitForFunction((k) => document.querySelector(`li.draft-fact[data-kind="${k}"]`)?.classList.contains("draft-accepted"), kind, { timeout: 60_000 });
    }
    await card("MEETING_FREQUENCY").getByRole("button", { name: /^Edit:/ }).click();
    const value = page.getByLabel("Value");
    await expect(value.inputValue()).resolves.toBe("monthly");
    await value.fill("");
    await page.getByRole("button", { name: "Accept with changes" }).click();
    await page.locator("#edit-error-summary").waitFor();
    await expect(page.locator("#edit-error-summary").textContent()).resolves.toMatch(/Enter the value/);
    await value.fill("every six weeks");
    await page.getByRole("button", { name: "Accept with changes" }).click();
    await waitForStatus(/Accepted with your changes/);
    await expect(card("MEETING_FREQUENCY").textContent()).resolves.toMatch(/as corrected: value “every six weeks”/);
    // By keyboard: the reject button is reached and pressed without a mouse.
    await card("QUORUM").getByRole("button", { name: /^Reject:/ }).focus();
    await page.keyboard.press("Enter");
    await waitForStatus(/Rejected/);
    const statuses = await page.locator("li.draft-fact").evaluateAll((items) => items.map((item) => `${item.getAttribute("data-kind")}:${item.className}`));
    expect(statuses.filter((s) => s.includes("draft-accepted"))).toHaveLength(4);
    expect(statuses.find((s) => s.startsWith("QUORUM"))).toMatch(/draft-rejected/);
    await screenshot(page, "drafts-2-decided", { fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows the accepted facts in the diagram, with their quotes as sources", async () => {
    const lines = await graphql<{ reportingLines: { edges: { id: string; sources: { document: string; section: string }[] }[] } }>(
      server.app,
      `query ($id: ID!) { reportingLines(rootId: $id, depth: 1) { edges { id sources { document section } } } }`,
      { id: BOARD },
    );
    const byId = new Map(lines.data?.reportingLines.edges.map((edge) => [edge.id, edge]));
    expect(byId.get(`ACCOUNTABLE_TO:${BOARD}->board-southend-hwb`)?.sources[0]?.section).toMatch(/“The Southend Early Help Partnership Board is accountable to the Southend Health and Wellbeing Board\.”/);
    expect(byId.get(`REPORTS_TO:${BOARD}->board-southend-sfacg`)?.sources[0]?.section).toMatch(/“It reports to the Success for All Children Group/);

    await openClient(page, server.baseUrl, `?node=${BOARD}&mode=explore`);
    const { edges } = await diagramState(page);
    expect(edges.map((edge) => edge.id)).toEqual(expect.arrayContaining([`ACCOUNTABLE_TO:${BOARD}->board-southend-hwb`, `REPORTS_TO:${BOARD}->board-southend-sfacg`]));
    await page.locator("#panel-title").waitFor();
    await expect(page.locator("#panel-title").textContent()).resolves.toBe("Southend Early Help Partnership Board");
    const panel = (await page.locator("#side-panel").textContent()) ?? "";
    expect(panel).toMatch(/Ruth Calder/);
    expect(panel).toMatch(/Southend Health and Wellbeing Board/);
    expect(panel).toMatch(/Southend Early Help Partnership Board terms of reference/);
    expect(panel).toMatch(/“The Board meets monthly\.”|“The Southend Early Help Partnership Board is accountable/);
    await screenshot(page, "drafts-3-in-the-diagram");
    expect(errors).toEqual([]);
  });
});
