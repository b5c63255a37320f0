import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areasOf } from "../../server/domain/seed-file.ts";
import { readSeedFile, SEEDS_DIR } from "../../server/seed/load-seeds.ts";
import { graphql } from "../support/test-app.ts";
import { type E2eApp, startE2eApp } from "./support/e2e-app.ts";
import { seriousViolations } from "./support/axe.ts";
import { launchChromium } from "./support/launch-chromium.ts";
import { collectPageErrors, diagramState, openClient, screenshot, waitForDiagram } from "./support/page-helpers.ts";

const inForce = (date: string, from: string | null, to: string | null) => (!from || from <= date) && (!to || to > date);

describe("Essex at different dates, in a browser", () => {
  let server: E2eApp;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let errors: string[];
  const seed2011 = readSeedFile(join(SEEDS_DIR, "002-essex-governance-2011.yaml"));

  beforeAll(async () => {
    server = await startE2eApp();
    browser = await launchChromium();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    await openClient(page, server.baseUrl, "?area=area-essex");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("redraws Essex as it stood in 2011 when the user picks that date, with only what was in force", async () => {
    const date = seed2011.document.date;
    await page.fill("#as-of", date);
    await waitForDiagram(page);
    expect(new URL(page.url()).searchParams.get("asOf")).toBe(date);
    await expect(page.locator("#status").textContent()).resolves.toMatch(/^Essex, as of 29 September 2011/);

    const { nodes, edges } = await diagramState(page);
    const data = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import("cytoscape").Core }).cy;
      return cy.elements().map((e) => ({ id: e.id(), from: e.data("validFrom") as string | null, to: e.data("validTo") as string | null }));
    });
    for (const element of data) expect(inForce(date, element.from, element.to), `${element.id} is not in force on ${date}`).toBe(true);

    // Every board the 2011 report describes, in force on its date, is drawn (a board with no line is drawn too).
    const boards2011 = seed2011.nodes.filter((n) => n.label === "Board" && areasOf(n).includes("area-essex"));
    const answer = await graphql<{ entities: { id: string; validFrom: string | null; validTo: string | null }[] }>(
      server.app,
      /* GraphQL */ `{ entities(label: "Board", limit: 1000) { id validFrom validTo } }`,
    );
    const dates = new Map(answer.data!.entities.map((e) => [e.id, e]));
    const expected = boards2011.filter((b) => dates.has(b.id) && inForce(date, dates.get(b.id)!.validFrom, dates.get(b.id)!.validTo)).map((b) => b.id);
    expect(expected.length).toBeGreaterThan(10);
    const drawn = new Set(nodes.map((n) => n.id));
    expect(expected.filter((id) => !drawn.has(id))).toEqual([]);
    // The Children's Trust was replaced in autumn 2010 (002 Appendix 5): not drawn in 2011.
    const ended = boards2011.filter((b) => dates.has(b.id) && dates.get(b.id)!.validTo && dates.get(b.id)!.validTo! <= date).map((b) => b.id);
    expect(ended.length).toBeGreaterThan(0);
    for (const id of ended) expect(drawn.has(id), id).toBe(false);

    const y = new Map(nodes.map((n) => [n.id, n.y]));
    const upward = edges.filter((e) => ["ACCOUNTABLE_TO", "REPORTS_TO", "SITS_WITHIN"].includes(e.relType));
    expect(upward.length).toBeGreaterThan(0);
    for (const edge of upward) expect(y.get(edge.target)!, edge.id).toBeLessThan(y.get(edge.source)!);
    await screenshot(page, "time-1-essex-2011");
    await expect(seriousViolations(page), "axe on time-1-essex-2011").resolves.toEqual([]);
  });

  it("shows the Children's Trust again when the user goes back to 2008", async () => {
    await page.getByRole("button", { name: "2008" }).click();
    await waitForDiagram(page);
    const { nodes } = await diagramState(page);
    expect(nodes.some((n) => /Children's Trust/.test(n.name))).toBe(true);
    await screenshot(page, "time-2-essex-2008");
    await expect(seriousViolations(page), "axe on time-2-essex-2008").resolves.toEqual([]);
  });

  it("colours what was added and what ended between 2011 and 2016, as the structure diff says", async () => {
    await page.goto(`${server.baseUrl}/?area=area-essex&mode=compare&from=2011-09-29&to=2016-05-17`);
    await waitForDiagram(page);
    const diff = await graphql<{ structureDiff: { bodiesAdded: { id: string }[]; bodiesEnded: { id: string }[]; linesAdded: { id: string }[]; linesEnded: { id: string }[] } }>(
      server.app,
      /* GraphQL */ `{ structureDiff(area: "area-essex", from: "2011-09-29", to: "2016-05-17") { bodiesAdded { id } bodiesEnded { id } linesAdded { id } linesEnded { id } } }`,
    );
    const { nodes, edges } = await diagramState(page);
    const classesOf = new Map([...nodes, ...edges].map((e) => [e.id, e.classes]));
    const changes = diff.data!.structureDiff;
    expect(changes.bodiesAdded.length + changes.linesAdded.length).toBeGreaterThan(0);
    for (const { id } of [...changes.bodiesAdded, ...changes.linesAdded]) if (classesOf.has(id)) expect(classesOf.get(id), id).toContain("added");
    for (const { id } of [...changes.bodiesEnded, ...changes.linesEnded]) if (classesOf.has(id)) expect(classesOf.get(id), id).toContain("ended");
    expect(nodes.some((n) => n.classes.includes("added"))).toBe(true);
    await expect(page.locator("#panel-title").textContent()).resolves.toMatch(/Essex: 29 September 2011 against 17 May 2016/);
    await expect(page.locator("#legend-body").textContent()).resolves.toMatch(/added between the dates/);
    await screenshot(page, "time-3-compare-2011-2016");
    await expect(seriousViolations(page), "axe on time-3-compare-2011-2016").resolves.toEqual([]);
    expect(errors).toEqual([]);
  });
});
