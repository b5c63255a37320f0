import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium; CI installs it with apt (.ci/run). No browser is ever downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Dates in the form the users of this service read them (day, month, year).
  "--lang=en-GB",
];

/** Options for {@link launchChromium}. */
export interface LaunchOptions {
  /** @default 1366x768, a common laptop screen */
  viewport?: { width: number; height: number };
  /** Where downloads land, so a test can read an exported file. */
  acceptDownloads?: boolean;
}

/** A headless Chromium with a fresh profile of its own, removed on close. */
export async function launchChromium(options: LaunchOptions = {}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "governance-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: options.viewport ?? { width: 1366, height: 768 },
    acceptDownloads: options.acceptDownloads ?? true,
    locale: "en-GB",
    env: { ...process.env, LANG: "en_GB.UTF-8" },
    timezoneId: "Europe/London",
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
