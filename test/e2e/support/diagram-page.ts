import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type E2eApp, startE2eApp } from "./e2e-app.ts";
import { type LaunchOptions, launchChromium } from "./launch-chromium.ts";
import { collectPageErrors, openClient } from "./page-helpers.ts";

/** The seeded server and one browser page on the diagrams client, shared by a describe block. */
export interface DiagramPage {
  server: E2eApp;
  /** The browser, for a test that opens a second page. */
  browser: Awaited<ReturnType<typeof launchChromium>>;
  page: Page;
  /** What the page has thrown or logged as an error so far. */
  errors: string[];
}

/** Options for {@link useDiagramPage}. */
export interface DiagramPageOptions {
  /** The query string to open the client at before the tests, or false to leave the page blank. @default "" */
  open?: string | false;
  /** The browser window, as launchChromium takes it. */
  viewport?: LaunchOptions["viewport"];
}

/**
 * Registers hooks that start the real server over the seeded database, launch a
 * headless Chromium with one page that collects its errors, open the client there,
 * and close the browser and the server afterwards. Read the fields inside tests:
 * they are set in beforeAll.
 */
export function useDiagramPage(options: DiagramPageOptions = {}): DiagramPage {
  const ui = {} as DiagramPage;
  beforeAll(async () => {
    ui.server = await startE2eApp();
    ui.browser = await launchChromium(options.viewport ? { viewport: options.viewport } : {});
    ui.page = await ui.browser.context.newPage();
    ui.errors = collectPageErrors(ui.page);
    if (options.open !== false) await openClient(ui.page, ui.server.baseUrl, options.open ?? "");
  });
  afterAll(async () => {
    await ui.browser?.close();
    await ui.server?.close();
  });
  return ui;
}
