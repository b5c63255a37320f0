import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eApp, startE2eApp } from "./support/e2e-app.ts";
import { seriousViolations } from "./support/axe.ts";
import { launchChromium } from "./support/launch-chromium.ts";
import { openClient, screenshot, waitForDiagram } from "./support/page-helpers.ts";

describe("errors reach the user in plain words, never as a blank diagram", () => {
  let server: E2eApp;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;

  beforeAll(async () => {
    server = await startE2eApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function freshPage(): Promise<Page> {
    await page?.close();
    page = await browser.context.newPage();
    return page;
  }

  it("says the service cannot be reached, and draws the diagram once it can", async () => {
    await freshPage();
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    await page.goto(`${server.baseUrl}/?area=area-essex`);
    const notice = page.locator("#notices .notice p").first();
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toBe("The service could not be reached. Check your network connection, then try again.");
    await expect(page.locator("#status").textContent()).resolves.toMatch(/could not be reached/);
    await screenshot(page, "errors-1-unreachable");
    await expect(seriousViolations(page), "axe on errors-1-unreachable").resolves.toEqual([]);
    await page.unroute("**/graphql");
    await page.getByRole("button", { name: "Try again" }).click();
    await waitForDiagram(page);
    await expect(page.locator("#status").textContent()).resolves.toMatch(/^Essex, as of/);
  });

  it("explains a server failure while drawing and offers to try again, instead of an empty canvas", async () => {
    await freshPage();
    await page.route("**/graphql", async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName !== "ReportingLines") return route.continue();
      return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ data: null, errors: [{ message: "Unexpected error." }] }) });
    });
    await openClient(page, server.baseUrl, "?area=area-essex");
    await expect(page.locator("#notices .notice p").first().textContent()).resolves.toMatch(/^Something went wrong on the server while preparing this view\./);
    await expect(page.locator("#status").textContent()).resolves.toBe("The diagram could not be drawn: see the message above.");
    // The diagram's own space says it too, so it is never a blank canvas.
    await expect(page.locator("#diagram-empty p").textContent()).resolves.toMatch(/^Something went wrong on the server/);
    await expect(page.locator("#diagram-empty").getByRole("button", { name: "Try again" }).isVisible()).resolves.toBe(true);
    await screenshot(page, "errors-2-server-failure");
    await expect(seriousViolations(page), "axe on errors-2-server-failure").resolves.toEqual([]);
  });

  it("passes on the API's own coded error for a strategy that does not exist, in words", async () => {
    await freshPage();
    await openClient(page, server.baseUrl, "?node=strategy-that-does-not-exist&mode=trace");
    const text = await page.locator("#notices .notice p").first().textContent();
    expect(text).toMatch(/strategy-that-does-not-exist/);
    expect(text).toMatch(/link may be out of date/);
    await expect(page.locator("#notices details").textContent()).resolves.toMatch(/GOV_NOT_FOUND/);
    await screenshot(page, "errors-3-unknown-strategy");
    await expect(seriousViolations(page), "axe on errors-3-unknown-strategy").resolves.toEqual([]);
    await page.locator("#diagram-empty").getByRole("button", { name: "Back to the whole area" }).click();
    await waitForDiagram(page);
    expect(new URL(page.url()).searchParams.get("mode")).toBeNull();
    await expect(page.locator("#diagram-empty").isHidden()).resolves.toBe(true);
  });

  it("keeps what it understands of a damaged link and says what it left out", async () => {
    await freshPage();
    await openClient(page, server.baseUrl, "?area=area-essex&asOf=2016-02-30&lines=accountability,gossip");
    const notices = await page.locator("#notices .notice p").allTextContents();
    expect(notices.some((n) => n.includes('"2016-02-30" is not a date'))).toBe(true);
    expect(notices.some((n) => n.includes("gossip"))).toBe(true);
    await expect(page.locator("#status").textContent()).resolves.toMatch(/^Essex, as of/);
    await screenshot(page, "errors-4-damaged-link");
    await expect(seriousViolations(page), "axe on errors-4-damaged-link").resolves.toEqual([]);
  });
});
