import { readFileSync } from "node:fs";
import mammoth from "mammoth";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jwtHeaders, TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { type E2eApp, startE2eApp } from "./support/e2e-app.ts";
import { launchChromium } from "./support/launch-chromium.ts";
import { collectPageErrors, screenshot } from "./support/page-helpers.ts";

const BOARD = "board-essex-cyp-strategic-partnership";

async function openReview(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/review.html?board=${BOARD}`);
  await page.locator("table.terms-in-force").waitFor();
}

describe("a board's terms-of-reference review page, in a browser", () => {
  let server: E2eApp;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startE2eApp({ JWT_SECRET: TEST_JWT_SECRET });
    browser = await launchChromium();
    await browser.context.setExtraHTTPHeaders(await jwtHeaders("editor", "Review Page Editor"));
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the terms in force and passes axe", async () => {
    await openReview(page, server.baseUrl);
    await expect(page.locator("#review-title").textContent()).resolves.toBe("Essex Children and Young People's Strategic Partnership");
    await expect(page.locator("table.terms-in-force").textContent()).resolves.toContain("Meeting frequency");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "review-1-terms-in-force", { fullPage: true });
  });

  it("tells the editor beside the field when the next review date is missing", async () => {
    await page.getByRole("button", { name: "Record the review" }).click();
    await page.locator(".error-summary").waitFor();
    await expect(page.locator(".error-summary a").textContent()).resolves.toBe("Enter the next review date");
    await expect(page.locator("#nextReviewDue-error").textContent()).resolves.toContain("Enter the next review date");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("works by keyboard: Tab reaches the outcome's button, Enter submits, and focus moves to the error summary", async () => {
    await openReview(page, server.baseUrl);
    let reached = false;
    for (let step = 0; step < 200 && !reached; step++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === "Record the review");
    }
    expect(reached, "Tab never reached the Record the review button").toBe(true);
    await page.keyboard.press("Enter");
    await page.locator(".error-summary").waitFor();
    await page.waitForFunction(() => document.activeElement?.closest(".error-summary") !== null && document.activeElement !== null, undefined, { timeout: 10_000 });
  });

  it("records a revised version with the next review date, and the register shows the new date", async () => {
    await page.getByLabel("Revised: a new version").check();
    await page.locator("#nextReviewDue").fill("2029-09-30");
    await page.locator("#outcome-form summary").click();
    await page.locator("#meetingFrequency").fill("every six weeks");
    await page.getByRole("button", { name: "Record the review" }).click();
    await page.waitForFunction(() => document.querySelector("table.terms-in-force caption")?.textContent === "Version 2");
    await page.goto(`${server.baseUrl}/register.html?area=area-essex`);
    await page.locator(`tr[data-board="${BOARD}"]`).waitFor();
    await expect(page.locator(`tr[data-board="${BOARD}"] .review-due`).textContent()).resolves.toBe("30 September 2029");
  });

  it("compares two versions side by side, marking what changed", async () => {
    await openReview(page, server.baseUrl);
    const table = page.locator("table.compare-versions");
    await expect(table.locator("thead th").allTextContents()).resolves.toEqual(["Field", "Version 1", "Version 2"]);
    const row = table.locator('tr[data-field="meetingFrequency"]');
    await expect(row.getAttribute("class")).resolves.toBe("changed");
    await expect(row.locator("td").nth(1).textContent()).resolves.toBe("every six weeks");
    await expect(table.locator('tr[data-field="purpose"]').getAttribute("class")).resolves.toBe("");
    await screenshot(page, "review-2-compare-versions", { fullPage: true });
  });

  it("downloads the board paper as Word, naming the board and each rule's result", async () => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the board paper (.docx)" }).click()]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^board-paper-${BOARD}-\\d{4}-\\d{2}-\\d{2}\\.docx$`));
    const buffer = readFileSync((await file.path())!);
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(text).toContain("Essex Children and Young People's Strategic Partnership");
    expect(text).toMatch(/2\. Health check[\s\S]*Has a chair/);
    expect(text).toContain("30 September 2029");
  });

  it("tells the second of two editors recording the same review that someone was first", async () => {
    const other = await browser.context.newPage();
    await openReview(other, server.baseUrl);
    await openReview(page, server.baseUrl);
    for (const p of [page, other]) await p.locator("#nextReviewDue").fill("2030-01-31");
    await page.getByRole("button", { name: "Record the review" }).click();
    await page.waitForFunction(() => document.querySelector("table.terms-in-force caption")?.textContent === "Version 3");
    await other.getByRole("button", { name: "Record the review" }).click();
    await other.locator(".error-summary").waitFor();
    await expect(other.locator(".error-summary").textContent()).resolves.toMatch(/Someone recorded a review or a change meanwhile/);
    await screenshot(other, "review-3-conflict", { fullPage: true });
    await other.close();
    expect(errors).toEqual([]);
  });
});
