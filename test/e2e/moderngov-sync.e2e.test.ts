import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jwtHeaders, TEST_JWT_SECRET } from "../support/auth-headers.ts";
import { type FakeModernGov, fixtureFolders, startFakeModernGov } from "../support/fake-moderngov.ts";
import { seriousViolations } from "./support/axe.ts";
import { type E2eApp, startE2eApp } from "./support/e2e-app.ts";
import { launchChromium } from "./support/launch-chromium.ts";
import { collectPageErrors, openClient, screenshot } from "./support/page-helpers.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/moderngov/wrenfield/", import.meta.url));

describe("the ModernGov sync dialog, in a browser", () => {
  let fake: FakeModernGov;
  let server: E2eApp;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    fake = await startFakeModernGov(fixtureFolders(FIXTURES));
    server = await startE2eApp({ JWT_SECRET: TEST_JWT_SECRET, MODERNGOV_HOSTS: fake.host });
    browser = await launchChromium();
    // Signed in as an editor: the dialog then needs no API token.
    await browser.context.setExtraHTTPHeaders(await jwtHeaders("editor", "Mo Dern"));
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fake?.close();
  });

  it("opens by keyboard, passes axe, and puts a refused address in the error summary", async () => {
    await openClient(page, server.baseUrl, "?area=area-essex");
    await page.locator("#moderngov-button").focus();
    await page.keyboard.press("Enter");
    await page.locator("#moderngov-dialog[open] form.mg-form").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator("#mg-baseUrl").fill("not an address");
    await page.keyboard.press("Enter");
    const summary = page.locator("#moderngov-dialog .error-summary");
    await summary.waitFor();
    await expect(page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).resolves.toBe(true);
    await expect(summary.textContent()).resolves.toMatch(/ModernGov site's address/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "moderngov-1-error-summary");
  });

  it("runs a dry run against the council's site and shows its report, writing nothing", async () => {
    await page.locator("#mg-baseUrl").fill(fake.url);
    await expect(page.locator("#mg-dry-run").isChecked()).resolves.toBe(true);
    await page.locator("#moderngov-dialog form.mg-form button[type=submit]").click();
    const summary = page.locator("#moderngov-dialog .mg-summary");
    await summary.waitFor({ timeout: 90_000 });
    await expect(summary.textContent()).resolves.toMatch(/\d/);
    expect(fake.requests.some((request) => request.operation === "GetCommittees")).toBe(true);
    const boards = await server.app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: JSON.stringify({ query: `{ search(text: "Wrenfield") { id } }` }) });
    expect(JSON.parse(boards.body).data.search).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "moderngov-2-dry-run-report");
    await page.keyboard.press("Escape");
    await expect(page.locator("#moderngov-dialog").evaluate((dialog) => (dialog as HTMLDialogElement).open)).resolves.toBe(false);
    expect(errors).toEqual([]);
  });
});
