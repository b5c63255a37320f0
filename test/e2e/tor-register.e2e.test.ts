import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { graphql } from "../support/test-app.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { screenshot } from "./support/page-helpers.ts";
import { useBrowserPage } from "./support/browser-page.ts";

const BOARD = "board-essex-cyp-strategic-partnership";

interface Review {
  termsOfReferenceReview: { boards: { board: { id: string; name: string }; status: string }[] };
}

async function openRegister(page: Page, baseUrl: string, query: string): Promise<void> {
  await page.goto(`${baseUrl}/register.html${query}`);
  await page.locator("table.register-table tbody tr").first().waitFor();
}

describe("the terms-of-reference register, in a browser", () => {
  const ui = useBrowserPage({ open: false, editor: "Register Editor" });

  it("lists every board of the area with the status the API gives, and passes axe", async () => {
    await openRegister(ui.page, ui.server.baseUrl, "?area=area-essex");
    const asOf = new Date().toISOString().slice(0, 10);
    const answer = await graphql<Review>(ui.server.app, /* GraphQL */ `query ($asOf: Date!) { termsOfReferenceReview(asOf: $asOf, area: "area-essex") { boards { board { id name } status } } }`, { asOf });
    const boards = answer.data!.termsOfReferenceReview.boards;
    const rows = ui.page.locator("table.register-table tbody tr");
    await expect(rows.count()).resolves.toBe(boards.length);
    for (const board of boards) {
      await expect(ui.page.locator(`tr[data-board="${board.board.id}"]`).getAttribute("data-status")).resolves.toBe(board.status);
    }
    expect(await seriousAxeViolations(ui.page)).toEqual([]);
    await screenshot(ui.page, "register-1-essex", { fullPage: true });
  });

  it("filters by status, sorts by a column and keeps both in the address", async () => {
    await ui.page.locator("input[name=status][value=MISSING]").check();
    await ui.page.waitForFunction(() => new URL(window.location.href).searchParams.get("status") === "MISSING");
    const statuses = await ui.page.locator("table.register-table tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-status")));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["MISSING"]));
    await ui.page.locator("input[name=status][value=MISSING]").uncheck();
    await ui.page.locator('button[data-sort="board"]').click();
    await ui.page.locator('button[data-sort="board"]').click();
    expect(new URL(ui.page.url()).searchParams.get("sort")).toBe("board");
    expect(new URL(ui.page.url()).searchParams.get("dir")).toBe("descending");
    const names = await ui.page.locator("table.register-table tbody th").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
    await expect(ui.page.locator('th[aria-sort="descending"]').textContent()).resolves.toMatch(/Board/);
  });

  it("works by keyboard: a status filter with Space, a column's sort with Enter", async () => {
    await ui.page.locator("input[name=status][value=MISSING]").focus();
    await ui.page.keyboard.press("Space");
    await ui.page.waitForFunction(() => new URL(window.location.href).searchParams.get("status") === "MISSING");
    await ui.page.keyboard.press("Space");
    await ui.page.waitForFunction(() => !new URL(window.location.href).searchParams.has("status"));
    await ui.page.locator('button[data-sort="board"]').focus();
    await ui.page.keyboard.press("Enter");
    await ui.page.waitForFunction(() => new URL(window.location.href).searchParams.get("sort") === "board");
    expect(await seriousAxeViolations(ui.page)).toEqual([]);
  });

  it("downloads the rows shown as CSV", async () => {
    const [file] = await Promise.all([ui.page.waitForEvent("download"), ui.page.locator("#download-csv").click()]);
    expect(file.suggestedFilename()).toMatch(/^terms-of-reference-area-essex-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path())!, "utf8");
    const lines = csv.trimEnd().split("\r\n");
    const shown = await ui.page.locator("table.register-table tbody tr").count();
    expect(lines).toHaveLength(shown + 1);
    expect(lines[0]).toMatch(/^"Board","Board id","Status"/);
    expect(csv).toContain(`"${BOARD}"`);
  });

  it("shows a revised version's review date in the register and the calendar feed", async () => {
    const revised = await graphql(
      ui.server.app,
      /* GraphQL */ `mutation { reviseTermsOfReference(id: "tor-essex-cyp-partnership", input: { reviewDue: "2031-03-31", adoptedOn: "2026-11-30" }) { status } }`,
      {},
      ui.editor,
    );
    expect(revised.errors).toBeUndefined();
    const action = await graphql(
      ui.server.app,
      /* GraphQL */ `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`,
      { input: { boardId: BOARD, findingKind: "HEALTH_CHECK_RULE", ruleId: "has-chair", what: "Appoint a chair", ownerId: "person-dick-madden", dueOn: "2026-01-31" } },
      ui.editor,
    );
    expect(action.errors).toBeUndefined();
    await openRegister(ui.page, ui.server.baseUrl, "?area=area-essex");
    const row = ui.page.locator(`tr[data-board="${BOARD}"]`);
    await expect(row.getAttribute("data-status")).resolves.toBe("CURRENT");
    await expect(row.locator(".review-due").textContent()).resolves.toBe("31 March 2031");
    await expect(row.locator(".last-review").textContent()).resolves.toBe("30 November 2026");
    await expect(row.locator(".overdue-actions").textContent()).resolves.toBe("1");
    const href = await ui.page.locator("#calendar-link").getAttribute("href");
    const feed = await ui.page.request.get(new URL(href!, ui.page.url()).href);
    expect(feed.status()).toBe(200);
    const text = (await feed.text()).replace(/\r\n[ \t]/g, "");
    expect(text).toContain(`UID:tor-review-${BOARD}@governance-graph`);
    expect(text).toContain("DTSTART;VALUE=DATE:20310331");
    await screenshot(ui.page, "register-2-after-revision", { fullPage: true });
    expect(ui.errors).toEqual([]);
  });

  it("reads at a phone's width", async () => {
    await ui.page.setViewportSize({ width: 390, height: 844 });
    await openRegister(ui.page, ui.server.baseUrl, "?area=area-essex");
    const overflow = await ui.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(ui.page, "register-3-phone", { fullPage: true });
    await ui.page.setViewportSize({ width: 1366, height: 768 });
  });
});
