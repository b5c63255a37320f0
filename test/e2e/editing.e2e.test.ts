import { SignJWT } from "jose";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { jwtHeaders, TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { graphql } from "../support/test-app.ts";
import { seriousViolations } from "./support/axe.ts";
import { diagramState, openClient, screenshot, waitForDiagram } from "./support/page-helpers.ts";
import { useBrowserPage } from "./support/browser-page.ts";

const EDITOR = "Erin Editor";
const VIEW = "?asOf=all&lines=accountability,peers,structure,leadership";
const ESSEX_PLAN = "000_27187222b5e33ce2.txt";
const BOARD = "board-essex-test-partnership";
const PERSON = "person-pat-example";

interface AuditEntry {
  action: string;
  entityId: string | null;
  relationshipKey: string | null;
  actor: string;
}

/** A JWT that expired a minute ago: the server refuses it as it would an ended session. */
async function expiredHeaders(): Promise<Record<string, string>> {
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ role: "editor", name: EDITOR })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(EDITOR.replace(/\s+/g, "-"))
    .setIssuedAt(now - 600)
    .setExpirationTime(now - 60)
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
  return { authorization: `Bearer ${token}` };
}

async function expectAxeClean(page: Page, where: string): Promise<void> {
  const found = await seriousViolations(page);
  expect(found, `axe on ${where}`).toEqual([]);
}

/** Waits for the panel to show a node's details (after a save or a navigation). */
async function waitForPanel(page: Page, name: string): Promise<void> {
  await page.locator("#panel-title", { hasText: name }).waitFor({ timeout: 30_000 });
}

describe("officers edit the graph in the browser", () => {
  const ui = useBrowserPage({ open: false, editor: EDITOR });

  const audit = async (): Promise<AuditEntry[]> => {
    const answer = await graphql<{ auditLog: AuditEntry[] }>(ui.server.app, `{ auditLog(limit: 1000) { action entityId relationshipKey actor } }`, {}, ui.editor);
    expect(answer.errors).toBeUndefined();
    return answer.data!.auditLog;
  };
  const boardVersion = async () => {
    const answer = await graphql<{ entity: { version: number; description: string | null } }>(ui.server.app, `query ($id: ID!) { entity(id: $id) { version description } }`, { id: BOARD }, ui.editor);
    return answer.data!.entity;
  };
  const openEditForm = async () => {
    await openClient(ui.page, ui.server.baseUrl, `${VIEW}&node=${BOARD}`);
    await waitForPanel(ui.page, "Essex Test Partnership");
    await ui.page.locator(".edit-button").click();
    await ui.page.locator("#edit-form-title").waitFor();
    // Every change cites its source: here the editor's own statement.
    await ui.page.locator("#entity-source-1").check();
  };

  it("as an editor, creates a board, makes a new person its chair and draws ACCOUNTABLE_TO to an existing board", async () => {
    await openClient(ui.page, ui.server.baseUrl, VIEW);
    await expect(ui.page.locator("#account .who").textContent()).resolves.toContain(EDITOR);
    await expectAxeClean(ui.page, "the diagram page, signed in");

    // New → Board opens the form; a save with nothing filled in shows the server's problems, summary first.
    await ui.page.locator(".new-menu summary").click();
    await ui.page.locator(".new-menu-list button", { hasText: /^Board$/ }).click();
    await ui.page.locator("#edit-form-title", { hasText: "New board" }).waitFor();
    await expectAxeClean(ui.page, "the new board form");
    await screenshot(ui.page, "editing-1-new-board-form");
    await ui.page.locator("#entity-name").fill("");
    await ui.page.locator("#panel-body button[type=submit]").click();
    await ui.page.locator(".error-summary").waitFor();
    await expect(ui.page.evaluate(() => document.activeElement?.id)).resolves.toBe("entity-error-summary");
    const beside = await ui.page.locator(".error-message").allTextContents();
    expect(beside.length).toBeGreaterThan(0);
    await expectAxeClean(ui.page, "the new board form with errors");
    await screenshot(ui.page, "editing-2-error-summary");

    await ui.page.locator("#entity-id").fill(BOARD);
    await ui.page.locator("#entity-name").fill("Essex Test Partnership");
    await ui.page.locator("#entity-kind").selectOption("STRATEGIC_PARTNERSHIP");
    await ui.page.locator("#entity-areaId").selectOption("area-essex");
    await ui.page.locator("#entity-validFrom").fill("2016-06-01");
    await ui.page.locator("#entity-source").check();
    await ui.page.locator("#entity-document").selectOption(ESSEX_PLAN);
    await ui.page.locator("#entity-section").fill("3. The Essex Children's System");
    await ui.page.locator("#panel-body button[type=submit]").click();
    await waitForPanel(ui.page, "Essex Test Partnership");
    await waitForDiagram(ui.page);
    await screenshot(ui.page, "editing-3-board-created");

    // Set chair: a new person, stated by the editor, in one action.
    await ui.page.locator(".edit-actions button", { hasText: "Set chair" }).click();
    await ui.page.locator("#line-form-title").waitFor();
    await ui.page.locator("#line-otherMode-1").check();
    await ui.page.locator("#line-newName").fill("Pat Example");
    await ui.page.locator("#line-newId").fill(PERSON);
    await ui.page.locator("#line-validFrom").fill("2016-06-01");
    await ui.page.locator("#line-source-1").check();
    await expectAxeClean(ui.page, "the set chair form");
    await screenshot(ui.page, "editing-4-set-chair-form");
    await ui.page.locator("#panel-body button[type=submit]").click();
    await waitForPanel(ui.page, "Essex Test Partnership");
    await ui.page.locator("#panel-body a", { hasText: "Pat Example" }).waitFor();

    // A line to an existing board, the other end found by search, only the model's types offered.
    await ui.page.locator(".edit-actions button", { hasText: "Add a line" }).click();
    await ui.page.locator("#line-other").fill("Essex Health and Wellbeing");
    await ui.page.locator("#line-other").press("Enter");
    await ui.page.locator(".pick-list button", { hasText: "Essex Health and Wellbeing Board" }).first().click();
    // The types the model allows arrive from the server once the other end is picked.
    await ui.page.locator('#line-type option[value="ACCOUNTABLE_TO|out"]').waitFor({ state: "attached" });
    const offered = await ui.page.locator("#line-type option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(offered).toContain("ACCOUNTABLE_TO|out");
    expect(offered.some((value) => value.startsWith("CHAIRS") || value.startsWith("HAS_OUTCOME"))).toBe(false);
    await ui.page.locator("#line-type").selectOption("ACCOUNTABLE_TO|out");
    await ui.page.locator("#line-validFrom").fill("2016-06-01");
    await ui.page.locator("#line-source-1").check();
    await expectAxeClean(ui.page, "the line form");
    await screenshot(ui.page, "editing-5-line-form");
    await ui.page.locator("#panel-body button[type=submit]").click();
    await waitForPanel(ui.page, "Essex Test Partnership");
    await waitForDiagram(ui.page);
    await ui.page.waitForFunction(
      ({ board }) => Boolean((window as unknown as { cy?: import("cytoscape").Core }).cy?.$id(`ACCOUNTABLE_TO:${board}->board-essex-hwb`).nonempty()),
      { board: BOARD },
      { timeout: 30_000 },
    );
    const { nodes, edges } = await diagramState(ui.page);
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining([BOARD, PERSON, "board-essex-hwb"]));
    expect(edges.map((e) => e.id)).toEqual(expect.arrayContaining([`ACCOUNTABLE_TO:${BOARD}->board-essex-hwb`, `CHAIRS:${PERSON}->${BOARD}`]));
    await expectAxeClean(ui.page, "the new board's panel");
    await screenshot(ui.page, "editing-6-all-three-in-the-diagram");

    const detail = await graphql<{ board: { chairs: { id: string }[] }; relationships: { key: string; sources: { document: string; section: string }[] }[] }>(
      ui.server.app,
      `query ($id: ID!) { board(id: $id) { chairs { id } } relationships(entityId: $id) { key sources { document section } } }`,
      { id: BOARD },
    );
    expect(detail.data!.board.chairs.map((c) => c.id)).toEqual([PERSON]);
    const accountable = detail.data!.relationships.find((r) => r.key === `ACCOUNTABLE_TO:${BOARD}->board-essex-hwb`);
    expect(accountable?.sources[0]?.section).toMatch(new RegExp(`^Stated by ${EDITOR} on `));
    const mine = (await audit()).filter((entry) => entry.actor === EDITOR);
    expect(mine.map((e) => e.entityId ?? e.relationshipKey)).toEqual(
      expect.arrayContaining([BOARD, PERSON, `CHAIRS:${PERSON}->${BOARD}`, `ACCOUNTABLE_TO:${BOARD}->board-essex-hwb`]),
    );

    // The node's history names the editor.
    await ui.page.locator("details.history summary").click();
    await ui.page.locator(".history-list li", { hasText: EDITOR }).first().waitFor();
    await expectAxeClean(ui.page, "the node's history");
    await screenshot(ui.page, "editing-7-history");
    expect(ui.errors).toEqual([]);
  });

  it("shows a stale edit beside the stored one, and keeps the typed text across a reload", async () => {
    await openEditForm();
    await ui.page.locator("#entity-description").fill("Typed before the conflict");
    // Meanwhile someone else saves the same board.
    const stored = await boardVersion();
    const other = await jwtHeaders("editor", "Olu Other");
    const theirs = await graphql(
      ui.server.app,
      `mutation ($id: ID!, $v: Int!) { updateEntity(id: $id, expectedVersion: $v, input: { description: "Their description" }) { version } }`,
      { id: BOARD, v: stored.version },
      other,
    );
    expect(theirs.errors).toBeUndefined();
    await ui.page.locator("#panel-body button[type=submit]").click();
    await ui.page.locator("#conflict-title").waitFor();
    await expect(ui.page.locator(".conflict td.mine").allTextContents()).resolves.toContain("Typed before the conflict");
    await expect(ui.page.locator(".conflict td.theirs").allTextContents()).resolves.toContain("Their description");
    await expect(ui.page.locator(".conflict").textContent()).resolves.toContain("Olu Other");
    await expectAxeClean(ui.page, "the conflict view");
    await screenshot(ui.page, "editing-8-conflict");

    await ui.page.reload();
    await waitForDiagram(ui.page);
    await waitForPanel(ui.page, "Essex Test Partnership");
    await expect(ui.page.locator(".edit-button").textContent()).resolves.toBe("Continue editing");
    await ui.page.locator(".edit-button").click();
    await expect(ui.page.locator("#entity-description").inputValue()).resolves.toBe("Typed before the conflict");
    await screenshot(ui.page, "editing-9-draft-after-reload");
    // The draft still starts from the version before the other save: saving again shows the conflict again, and "keep mine" wins.
    await ui.page.locator("#panel-body button[type=submit]").click();
    await ui.page.locator("#conflict-title").waitFor();
    await ui.page.locator(".conflict button", { hasText: "Keep mine" }).click();
    await waitForPanel(ui.page, "Essex Test Partnership");
    await expect(boardVersion()).resolves.toMatchObject({ description: "Typed before the conflict" });
    await expect(ui.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("governance-draft")))).resolves.toEqual([]);
  });

  it("writes a double-clicked save once", async () => {
    const before = (await audit()).filter((e) => e.entityId === BOARD && e.action === "updateEntity").length;
    const version = (await boardVersion()).version;
    await openEditForm();
    await ui.page.locator("#entity-description").fill("Saved by a double click");
    await ui.page.locator("#panel-body button[type=submit]").dblclick();
    await waitForPanel(ui.page, "Essex Test Partnership");
    const after = (await audit()).filter((e) => e.entityId === BOARD && e.action === "updateEntity").length;
    expect(after - before).toBe(1);
    await expect(boardVersion()).resolves.toEqual({ version: version + 1, description: "Saved by a double click" });
    // A new node too: one create, no duplicate refused.
    await ui.page.locator(".new-menu summary").click();
    await ui.page.locator(".new-menu-list button", { hasText: /^Person$/ }).click();
    await ui.page.locator("#entity-id").fill("person-dee-double");
    await ui.page.locator("#entity-name").fill("Dee Double");
    await ui.page.locator("#entity-source-1").check();
    await ui.page.locator("#panel-body button[type=submit]").dblclick();
    await waitForPanel(ui.page, "Dee Double");
    const creates = (await audit()).filter((e) => e.entityId === "person-dee-double" && e.action === "createEntity");
    expect(creates).toHaveLength(1);
    await expect(ui.page.locator(".notice").count()).resolves.toBe(0);
  });

  it("keeps the draft when the session expires mid-edit, and asks to sign in again", async () => {
    await openEditForm();
    await ui.page.locator("#entity-description").fill("Typed as the session ran out");
    await ui.browser.context.setExtraHTTPHeaders(await expiredHeaders());
    await ui.page.locator("#panel-body button[type=submit]").click();
    const again = ui.page.locator(".form-notice a.sign-in-again");
    await again.waitFor();
    await expect(again.getAttribute("href")).resolves.toMatch(/^\/auth\/sign-in\?returnTo=%2F/);
    await expect(ui.page.locator("#entity-description").inputValue()).resolves.toBe("Typed as the session ran out");
    await expectAxeClean(ui.page, "the form after the session ended");
    await screenshot(ui.page, "editing-10-session-expired");
    // Signed in again, the draft is still there.
    await ui.browser.context.setExtraHTTPHeaders(ui.editor);
    await openEditForm();
    await expect(ui.page.locator("#entity-description").inputValue()).resolves.toBe("Typed as the session ran out");
    await ui.page.locator("button", { hasText: "Discard changes" }).click();
    await expect.poll(() => ui.page.locator("#entity-description").inputValue(), { timeout: 30_000 }).toBe("Saved by a double click");
  });

  it("ends a line instead of deleting it, and undoes the end", async () => {
    const key = `ACCOUNTABLE_TO:${BOARD}->board-essex-hwb`;
    const stored = async () => {
      const answer = await graphql<{ relationships: { key: string; validTo: string | null }[] }>(ui.server.app, `query ($id: ID!) { relationships(entityId: $id) { key validTo } }`, { id: BOARD });
      return answer.data!.relationships.find((r) => r.key === key)?.validTo ?? null;
    };
    await openEditForm();
    const line = ui.page.locator(".line-list li", { hasText: "accountable to board-essex-hwb" });
    await line.locator("button", { hasText: "End this line" }).click();
    await line.locator("button", { hasText: "Undo the end" }).waitFor({ timeout: 30_000 });
    await expect(stored()).resolves.toBe(new Date().toISOString().slice(0, 10));
    await expectAxeClean(ui.page, "the edit form with an ended line");
    await screenshot(ui.page, "editing-15-line-ended");
    await line.locator("button", { hasText: "Undo the end" }).click();
    await line.locator("button", { hasText: "End this line" }).waitFor({ timeout: 30_000 });
    await expect(stored()).resolves.toBeNull();
    await ui.page.locator("button", { hasText: "Discard changes" }).click();
  });

  it("clears the user's drafts at sign-out: council PCs are shared", async () => {
    await openEditForm();
    await ui.page.locator("#entity-description").fill("Left on a shared PC");
    const drafts = () => ui.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("governance-draft")));
    await expect(drafts()).resolves.toHaveLength(1);
    await ui.page.locator("#account button", { hasText: "Sign out" }).click();
    await ui.page.waitForURL((url) => !url.search.includes("node="), { timeout: 30_000 });
    await waitForDiagram(ui.page);
    await expect(drafts()).resolves.toEqual([]);
  });

  it("shows the audit log to an editor, filtered by person and date", async () => {
    await openClient(ui.page, ui.server.baseUrl, VIEW);
    await ui.page.locator("#account button", { hasText: "Audit log" }).click();
    await ui.page.locator("#panel-title", { hasText: "Audit log" }).waitFor();
    await ui.page.locator(".history-list").waitFor();
    await ui.page.locator("#audit-actor").fill("Olu Other");
    const today = new Date().toISOString().slice(0, 10);
    await ui.page.locator("#audit-since").fill(today);
    await ui.page.locator("#audit-until").fill(today);
    await ui.page.locator(".filters-form button[type=submit]").click();
    // The unfiltered log is shown first; the filtered one replaces it.
    await expect.poll(async () => [...new Set(await ui.page.locator(".history-list > li strong").allTextContents())], { timeout: 30_000 }).toEqual(["Olu Other"]);
    await expectAxeClean(ui.page, "the audit log");
    await screenshot(ui.page, "editing-11-audit-log");
  });

  it("shows a viewer no edit control", async () => {
    await ui.browser.context.setExtraHTTPHeaders(await jwtHeaders("viewer", "Vic Viewer"));
    await openClient(ui.page, ui.server.baseUrl, `${VIEW}&node=${BOARD}`);
    await waitForPanel(ui.page, "Essex Test Partnership");
    await expect(ui.page.locator("#account .who").textContent()).resolves.toContain("Vic Viewer");
    await expect(ui.page.locator(".edit-actions, .edit-button, .new-menu").count()).resolves.toBe(0);
    await expect(ui.page.locator("#account button", { hasText: "Audit log" }).count()).resolves.toBe(0);
    await expectAxeClean(ui.page, "a viewer's panel");
    await screenshot(ui.page, "editing-12-viewer");
  });

  it("lets an administrator issue an API token, shown once, and revoke it", async () => {
    await ui.browser.context.setExtraHTTPHeaders(await jwtHeaders("admin", "Ada Admin"));
    await openClient(ui.page, ui.server.baseUrl, VIEW);
    await ui.page.locator("#account button", { hasText: "API tokens" }).click();
    await ui.page.locator("#panel-title", { hasText: "API tokens" }).waitFor();
    // The page draws itself again when the list of tokens arrives: type into the form that stays.
    await ui.page.waitForFunction(() => !Array.from(document.querySelectorAll("p")).some((p) => p.textContent === "Loading…"));
    await ui.page.locator("#token-name").fill("nightly import");
    await ui.page.locator("#token-role").selectOption("EDITOR");
    await ui.page.locator("#token-form-title ~ .form-actions button[type=submit], form[aria-labelledby=token-form-title] button[type=submit]").first().click();
    const shown = ui.page.locator(".token-value");
    await shown.waitFor();
    const token = (await shown.textContent()) ?? "";
    expect(token.length).toBeGreaterThan(20);
    // The token works, as an editor.
    const me = await graphql<{ viewer: { role: string } }>(ui.server.app, `{ viewer { role } }`, {}, { authorization: `Bearer ${token}` });
    expect(me.data?.viewer.role).toBe("EDITOR");
    await expectAxeClean(ui.page, "the API tokens page");
    await screenshot(ui.page, "editing-13-token-issued");
    await ui.page.locator("button[aria-label='Revoke nightly import']").click();
    await ui.page.locator("table.tokens tr", { hasText: "nightly import" }).locator("td", { hasText: "Revoked" }).waitFor();
    await expect(ui.page.locator(".token-value").count()).resolves.toBe(0);
    const after = await graphql(ui.server.app, `{ viewer { role } }`, {}, { authorization: `Bearer ${token}` });
    expect(after.errors?.[0]?.extensions?.code).toBe("GOV_UNAUTHENTICATED");
    await screenshot(ui.page, "editing-14-token-revoked");
  });

  it("shows the anonymous visitor a sign-in link and no edit control", async () => {
    await ui.browser.context.setExtraHTTPHeaders({});
    await openClient(ui.page, ui.server.baseUrl, `${VIEW}&node=${BOARD}`);
    await waitForPanel(ui.page, "Essex Test Partnership");
    await expect(ui.page.locator("#account a.sign-in").getAttribute("href")).resolves.toMatch(/^\/auth\/sign-in\?returnTo=%2F/);
    await expect(ui.page.locator(".edit-actions, details.history").count()).resolves.toBe(0);
    await expectAxeClean(ui.page, "the anonymous panel");
  });
});
