import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eApp, startE2eApp } from "./support/e2e-app.ts";
import { launchChromium } from "./support/launch-chromium.ts";
import { diagramState, openClient, screenshot } from "./support/page-helpers.ts";

describe("the reporting-line diagram in a browser", () => {
  let server: E2eApp;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startE2eApp();
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("draws the default area as of the newest document, top body at the top, with a legend", async () => {
    await openClient(page, server.baseUrl);
    expect(new URL(page.url()).searchParams.get("area")).toBe("area-essex");
    const { nodes, edges } = await diagramState(page);
    expect(nodes.length).toBeGreaterThan(5);
    expect(edges.length).toBeGreaterThan(3);
    await screenshot(page, "01-essex-default");
    expect(pageErrors).toEqual([]);
  });
});
