import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { jwtHeaders, TEST_JWT_SECRET } from "../../support/auth-headers.ts";
import { type E2eApp, startE2eApp } from "./e2e-app.ts";
import { type LaunchOptions, launchChromium } from "./launch-chromium.ts";
import { collectPageErrors, openClient } from "./page-helpers.ts";

/** The seeded server and one browser page on the client, shared by a describe block. */
export interface BrowserPage {
  server: E2eApp;
  /** The browser, for a test that opens a second page. */
  browser: Awaited<ReturnType<typeof launchChromium>>;
  page: Page;
  /** What the page has thrown or logged as an error so far. */
  errors: string[];
  /** The headers the browser signs in with, when the options name an editor; else empty. */
  editor: Record<string, string>;
}

/** Options for {@link useBrowserPage}. */
export interface BrowserPageOptions {
  /** The query string to open the client at before the tests, or false to leave the page blank. @default "" */
  open?: string | false;
  /** The browser window, as launchChromium takes it. */
  viewport?: LaunchOptions["viewport"];
  /** Signs every request of the browser in as an editor of this name (the server then checks JWTs). */
  editor?: string;
}

/**
 * Registers hooks that start the real server over the seeded database, launch a
 * headless Chromium (signed in as an editor, if asked) with one page that collects
 * its errors, open the client there, and close the browser and the server
 * afterwards. Read the fields inside tests: they are set in beforeAll.
 */
export function useBrowserPage(options: BrowserPageOptions = {}): BrowserPage {
  const ui = {} as BrowserPage;
  beforeAll(async () => {
    ui.server = await startE2eApp(options.editor ? { JWT_SECRET: TEST_JWT_SECRET } : {});
    ui.editor = options.editor ? await jwtHeaders("editor", options.editor) : {};
    ui.browser = await launchChromium(options.viewport ? { viewport: options.viewport } : {});
    if (options.editor) await ui.browser.context.setExtraHTTPHeaders(ui.editor);
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
