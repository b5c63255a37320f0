import type { FastifyInstance } from "fastify";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { loadSeeds } from "../../server/seed/load-seeds.ts";
import { apiTokenHeaders } from "../support/auth-headers.ts";
import { freePort, TEST_CLIENT_ID, TEST_CLIENT_SECRET, startTestIdentityProvider, type TestIdentityProvider } from "../support/test-identity-provider.ts";
import { graphql } from "../support/test-app.ts";
import { connectTestDatabase, type TestDatabase, testLogger } from "../support/test-database.ts";
import { ensureClientBuilt } from "./support/build-client.ts";
import { seriousViolations } from "./support/axe.ts";
import { launchChromium } from "./support/launch-chromium.ts";
import { screenshot, waitForDiagram } from "./support/page-helpers.ts";

/** What the browser client sends with every request: its session cookie (same origin) and the CSRF header. */
async function graphqlFromPage(page: Page, query: string, withCsrfHeader = true): Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }> {
  return page.evaluate(
    async ({ query, withCsrfHeader }) => {
      const response = await fetch("/graphql", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json", ...(withCsrfHeader ? { "x-graphql-yoga-csrf": "1" } : {}) },
        body: JSON.stringify({ query }),
      });
      return response.json();
    },
    { query, withCsrfHeader },
  );
}

/**
 * A person signs in through the council's identity provider (a real one,
 * oidc-provider, with its own login and consent pages), comes back to the
 * diagram with a session cookie, edits as an editor, and signs out.
 */
describe("sign-in in the browser", () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let provider: TestIdentityProvider;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let baseUrl: string;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await db.wipe();
    await loadSeeds(db.runner, testLogger);
    await ensureClientBuilt();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    provider = await startTestIdentityProvider(baseUrl, { "erin.editor": { name: "Erin Editor", role: "editor" } });
    const config = loadConfig({
      NODE_ENV: "test",
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: TEST_CLIENT_ID,
      OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET,
      PUBLIC_BASE_URL: baseUrl,
      SESSION_SECRET: "e2e-sign-in-session-secret-0123456789abc",
    });
    app = await createApp({ runner: db.runner, config, logger: testLogger });
    await app.listen({ host: "127.0.0.1", port });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await provider?.close();
    await db?.close();
  });

  it("signs in through the provider's login and consent pages, edits as an editor, and signs out", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/auth/sign-in?returnTo=${encodeURIComponent("/?area=area-essex")}`);
    await page.locator('input[name="login"]').waitFor();
    await screenshot(page, "sign-in-1-provider-login");
    await page.locator('input[name="login"]').fill("erin.editor");
    await page.locator('input[name="password"]').fill("any password");
    await page.locator('button[type="submit"]').click();
    await page.locator('input[name="prompt"][value="consent"]').waitFor({ state: "attached" });
    await screenshot(page, "sign-in-2-provider-consent");
    await page.locator('button[type="submit"]').click();

    await page.waitForURL(`${baseUrl}/?area=area-essex`);
    await waitForDiagram(page);
    await screenshot(page, "sign-in-3-back-on-the-diagram");
    expect(await seriousViolations(page)).toEqual([]);
    const cookies = await browser.context.cookies(baseUrl);
    expect(cookies.find((cookie) => cookie.name === "gov_session")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(await page.evaluate(() => document.cookie)).not.toContain("gov_session");

    expect(await graphqlFromPage(page, "{ me { name role via } }")).toEqual({ data: { me: { name: "Erin Editor", role: "EDITOR", via: "session" } } });
    const created = await graphqlFromPage(
      page,
      `mutation { createEntity(input: { id: "board-essex-e2e-forum", label: "Board", name: "Essex Sign-in Forum", kind: "STRATEGIC_PARTNERSHIP", areaId: "area-essex", validFrom: "2024-01-01", sources: [{ document: "001_a414b3e6b1f1e331.txt", section: "1" }] }) { id name } }`,
    );
    expect(created).toEqual({ data: { createEntity: { id: "board-essex-e2e-forum", name: "Essex Sign-in Forum" } } });
    const forged = await graphqlFromPage(page, `mutation { endEntity(id: "board-essex-e2e-forum", expectedVersion: 1, validTo: "2024-02-01") { id } }`, false);
    expect(forged.errors?.[0]?.extensions?.code).toBe("GOV_CSRF_REQUIRED");

    const reader = await apiTokenHeaders(db.runner, "editor");
    const audit = await graphql<{ auditLog: { actor: string; action: string; entityId: string | null; relationshipKey: string | null }[] }>(
      app,
      `{ auditLog(actor: "Erin Editor") { actor action entityId relationshipKey } }`,
      {},
      reader,
    );
    // The node and its IN_AREA line, both by the signed-in person.
    expect(audit.data?.auditLog).toHaveLength(2);
    expect(audit.data?.auditLog).toContainEqual({ actor: "Erin Editor", action: "createEntity", entityId: "board-essex-e2e-forum", relationshipKey: null });

    await page.reload();
    await waitForDiagram(page);
    await screenshot(page, "sign-in-4-after-the-edit");
    const status = await page.evaluate(async () => (await fetch("/auth/sign-out", { method: "POST", credentials: "same-origin" })).status);
    expect(status).toBe(204);
    expect((await browser.context.cookies(baseUrl)).find((cookie) => cookie.name === "gov_session")).toBeUndefined();
    expect(await graphqlFromPage(page, "{ me { name } }")).toEqual({ data: { me: null } });
    await page.close();
  });
});
