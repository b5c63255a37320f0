import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jwtHeaders, TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { type E2eApp, startE2eApp } from "./support/e2e-app.ts";
import { launchChromium } from "./support/launch-chromium.ts";
import { collectPageErrors, screenshot } from "./support/page-helpers.ts";

const BOARD = "board-essex-cyp-strategic-partnership";
const PARTNERS = ["Essex County Council", "Essex Police", "The Children's Society"];
const PHONE = { width: 390, height: 844 };

/** Scores every statement on the partner's page: `scoreOf` gets the statement's id (e.g. "4.2"). */
async function scoreAll(page: Page, scoreOf: (statementId: string) => number | null): Promise<void> {
  const legends = await page.locator("fieldset.statement legend").allTextContents();
  for (const [index, legend] of legends.entries()) {
    const score = scoreOf(legend.split(" ")[0]!);
    if (score !== null) await page.locator("fieldset.statement").nth(index).locator(`input[value="${score}"]`).check();
  }
}

describe("a self-assessment round, from invitation to results, in a browser", () => {
  let server: E2eApp;
  let editorBrowser: Awaited<ReturnType<typeof launchChromium>>;
  let editor: Page;
  let errors: string[];
  const links = new Map<string, string>();

  beforeAll(async () => {
    server = await startE2eApp({ JWT_SECRET: TEST_JWT_SECRET, SESSION_SECRET: "e2e-self-assessment-secret-0123456789abcdef" });
    editorBrowser = await launchChromium();
    await editorBrowser.context.setExtraHTTPHeaders(await jwtHeaders("editor", "Assessment Editor"));
    editor = await editorBrowser.context.newPage();
    errors = collectPageErrors(editor);
  });
  afterAll(async () => {
    await editorBrowser?.close();
    await server?.close();
  });

  it("opens a round for the Essex partnership and invites three partners, each with a link to copy or e-mail", async () => {
    await editor.goto(`${server.baseUrl}/self-assessment.html?board=${BOARD}`);
    await editor.locator("#open-round-name").waitFor();
    expect(await seriousAxeViolations(editor)).toEqual([]);
    await editor.locator("#open-round-name").fill("Autumn 2026");
    await editor.getByRole("button", { name: "Open the round" }).click();
    const invite = editor.locator("form.invite-form");
    await invite.waitFor();
    for (const box of await invite.locator("input[type=checkbox]").all()) {
      const label = await editor.locator(`label[for="${await box.getAttribute("id")}"]`).textContent();
      if (!PARTNERS.includes(label ?? "")) await box.uncheck();
    }
    await editor.getByRole("button", { name: "Invite and show links" }).click();
    await editor.locator(".issued-links li").nth(2).waitFor();
    for (const item of await editor.locator(".issued-links li").all()) {
      links.set((await item.locator("label").textContent()) ?? "", await item.locator("input").inputValue());
      await expect(item.locator("a").getAttribute("href")).resolves.toMatch(/^mailto:\?subject=.*Autumn%202026/);
    }
    expect([...links.keys()].sort()).toEqual([...PARTNERS].sort());
    for (const url of links.values()) expect(url).toMatch(/\/partner\.html#link=gpl_/);
    await expect(editor.locator("table.invitations caption").textContent()).resolves.toBe("0 of 3 partners have submitted");
    expect(await seriousAxeViolations(editor)).toEqual([]);
    await screenshot(editor, "self-assessment-1-links", { fullPage: true });
  });

  it("a partner answers on a laptop: the token leaves the address bar, a draft survives a reload, then they submit", async () => {
    const partner = await launchChromium();
    try {
      const page = await partner.context.newPage();
      await page.goto(links.get("Essex County Council")!);
      await page.locator("#partner-form").waitFor();
      expect(page.url()).not.toContain("link=");
      await expect(page.locator("p.lead").textContent()).resolves.toContain("You are answering for Essex County Council");
      expect(await seriousAxeViolations(page)).toEqual([]);
      await scoreAll(page, (id) => (id.startsWith("1.") ? 4 : null));
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.getByText("Your draft is saved.").waitFor();
      await page.reload();
      await page.locator("#partner-form").waitFor();
      await expect(page.locator("fieldset.statement").first().locator('input[value="4"]').isChecked()).resolves.toBe(true);
      await scoreAll(page, () => 4);
      await page.locator("#partner-comment-TRUST").fill("We share information openly");
      await page.getByRole("button", { name: "Submit answers" }).click();
      await page.getByText("Thank you: your answers are submitted.").waitFor();

      // By keyboard: Tab reaches the first statement's radios, an arrow key moves the score, Tab on to Save draft, Enter saves.
      await page.locator("#partner-form").waitFor();
      let onRadio = false;
      for (let step = 0; step < 40 && !onRadio; step++) {
        await page.keyboard.press("Tab");
        onRadio = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === "statement-1-1");
      }
      expect(onRadio, "Tab never reached the first statement").toBe(true);
      await page.keyboard.press("ArrowRight");
      await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe("5");
      let onSave = false;
      for (let step = 0; step < 200 && !onSave; step++) {
        await page.keyboard.press("Tab");
        onSave = await page.evaluate(() => document.activeElement?.textContent?.trim() === "Save draft");
      }
      expect(onSave, "Tab never reached Save draft").toBe(true);
      await page.keyboard.press("Enter");
      await page.getByText("Your draft is saved.").waitFor();
      await expect(page.locator("fieldset.statement").first().locator('input[value="5"]').isChecked()).resolves.toBe(true);
      // The changed answers submitted: a second version.
      await page.getByRole("button", { name: "Submit answers" }).click();
      await page.getByText(/submitted your answers \(version 2\)/).waitFor();
    } finally {
      await partner.close();
    }
  });

  it("another answers on a phone: one column, an unanswered statement is named in the error summary, then submitted", async () => {
    const partner = await launchChromium({ viewport: PHONE });
    try {
      const page = await partner.context.newPage();
      await page.goto(links.get("Essex Police")!);
      await page.locator("#partner-form").waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await scoreAll(page, (id) => (id === "2.2" ? null : id.startsWith("4.") ? 1 : 5));
      await page.getByRole("button", { name: "Submit answers" }).click();
      await page.locator(".error-summary").waitFor();
      await expect(page.locator(".error-summary a").textContent()).resolves.toMatch(/^Statement 2\.2: /);
      await page.waitForFunction(() => document.activeElement?.id === "partner-error-summary");
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, "self-assessment-2-phone-error", { fullPage: true });
      await scoreAll(page, (id) => (id === "2.2" ? 5 : null));
      await page.getByRole("button", { name: "Submit answers" }).click();
      await page.getByText("Thank you: your answers are submitted.").waitFor();

      // The first partner's link, already exchanged, opens nothing here (a fresh load: not a jump within the page).
      await page.goto("about:blank");
      await page.goto(links.get("Essex County Council")!);
      await page.getByText(/already been used once/).waitFor();
    } finally {
      await partner.close();
    }
  });

  it("the editor sees who has answered, closes the round, and reads the spread on the chart", async () => {
    await editor.reload();
    await editor.locator("table.invitations").waitFor();
    await expect(editor.locator("table.invitations caption").textContent()).resolves.toBe("2 of 3 partners have submitted");
    // By keyboard: Tab reaches Close the round and Enter presses it.
    let onClose = false;
    for (let step = 0; step < 200 && !onClose; step++) {
      await editor.keyboard.press("Tab");
      onClose = await editor.evaluate(() => document.activeElement?.textContent?.trim() === "Close the round");
    }
    expect(onClose, "Tab never reached Close the round").toBe(true);
    await editor.keyboard.press("Enter");
    await editor.getByText(/^Closed on /).waitFor();
    const trust = editor.locator("table.results tr", { hasText: "4. Develop and maintain trust" });
    // Essex County Council scored trust 4, Essex Police 1: a spread of 3, flagged.
    await expect(trust.locator("td.spread").textContent()).resolves.toBe("3 (partners disagree)");
    await expect(trust.locator("td").nth(1).textContent()).resolves.toBe("2.50");
    const chart = editor.locator("figure.chart svg").first();
    await expect(chart.locator("desc").textContent()).resolves.toContain("Develop and maintain trust: mean 2.5 from 2 partners, lowest 1, highest 4, partners disagree");
    await expect(chart.locator("text", { hasText: "spread 3" }).count()).resolves.toBe(1);
    expect(await seriousAxeViolations(editor)).toEqual([]);
    await screenshot(editor, "self-assessment-3-results", { fullPage: true });
    expect(errors, errors.join("\n")).toEqual([]);
  });
});
