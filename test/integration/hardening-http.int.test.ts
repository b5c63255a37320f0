import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { CLIENT_DIST } from "../../server/app.ts";
import { launchChromium } from "../e2e/support/launch-chromium.ts";
import { createAuthTestApp } from "../support/auth-headers.ts";
import { useTestGraphApp } from "../support/test-graph-app.ts";

const ALLOWED = "https://governance.testshire.example";

describe("HTTP hardening: CORS allow-list, security headers, a content security policy the pages live with", () => {
  const graph = useTestGraphApp({ CORS_ORIGINS: ALLOWED });

  const preflight = (target: FastifyInstance, origin: string) =>
    target.inject({
      method: "OPTIONS",
      url: "/graphql",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
    });

  it("answers a browser on an allowed origin, and no other", async () => {
    const allowed = await preflight(graph.app, ALLOWED);
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers).toMatchObject({ "access-control-allow-origin": ALLOWED, "access-control-allow-headers": "content-type, authorization" });
    const other = await preflight(graph.app, "https://evil.example");
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    const post = await graph.app.inject({ method: "POST", url: "/graphql", headers: { origin: "https://evil.example", "content-type": "application/json" }, payload: { query: "{ documents { file } }" } });
    expect(post.headers["access-control-allow-origin"]).toBeUndefined();
    const sameOrigin = await createAuthTestApp(graph.db.runner);
    try {
      expect((await preflight(sameOrigin, ALLOWED)).headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await sameOrigin.close();
    }
  });

  it("sends security headers and a strict content security policy on every response", async () => {
    const responses = [
      await graph.app.inject({ method: "GET", url: "/health" }),
      await graph.app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query: "{ __typename }" } }),
      await graph.app.inject({ method: "GET", url: "/no-such-page" }),
    ];
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 404]);
    for (const response of responses) {
      expect(response.headers).toMatchObject({
        "x-content-type-options": "nosniff",
        "x-frame-options": "SAMEORIGIN",
        "strict-transport-security": expect.stringContaining("max-age="),
        "referrer-policy": "no-referrer",
      });
      expect(response.headers["x-powered-by"]).toBeUndefined();
      const csp = String(response.headers["content-security-policy"]);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
    }
  });

  it("loads GraphiQL and the built client in Chromium with no content security policy violation", async () => {
    await graph.app.listen({ port: 0, host: "127.0.0.1" });
    const base = `http://127.0.0.1:${(graph.app.server.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    const violations: string[] = [];
    try {
      const page = await browser.context.newPage();
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      const graphiql = await page.goto(`${base}/graphql`, { waitUntil: "load" });
      expect(graphiql?.headers()["content-security-policy"]).toContain("'unsafe-inline'");
      expect(graphiql?.headers()["content-security-policy"]).not.toMatch(/https?:\/\//);
      await page.waitForSelector(".graphiql-container", { timeout: 60_000 });
      await page.waitForTimeout(1_000);
      if (existsSync(CLIENT_DIST)) {
        await page.goto(`${base}/`, { waitUntil: "load" });
        await page.waitForTimeout(3_000);
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
