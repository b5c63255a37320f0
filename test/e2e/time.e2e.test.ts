import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { areasOf } from "../../server/domain/seed-file.ts";
import { readSeedFile, SEEDS_DIR } from "../../server/seed/load-seeds.ts";
import { graphql } from "../support/test-app.ts";
import { seriousViolations } from "./support/axe.ts";
import { diagramState, screenshot, waitForDiagram } from "./support/page-helpers.ts";
import { useBrowserPage } from "./support/browser-page.ts";

const inForce = (date: string, from: string | null, to: string | null) => (!from || from <= date) && (!to || to > date);

describe("Essex at different dates, in a browser", () => {
  const ui = useBrowserPage({ open: "?area=area-essex" });
  const seed2011 = readSeedFile(join(SEEDS_DIR, "002-essex-governance-2011.yaml"));

  it("redraws Essex as it stood in 2011 when the user picks that date, with only what was in force", async () => {
    const date = seed2011.document.date;
    await ui.page.fill("#as-of", date);
    await waitForDiagram(ui.page);
    expect(new URL(ui.page.url()).searchParams.get("asOf")).toBe(date);
    await expect(ui.page.locator("#status").textContent()).resolves.toMatch(/^Essex, as of 29 September 2011/);

    const { nodes, edges } = await diagramState(ui.page);
    const data = await ui.page.evaluate(() => {
      const cy = (window as unknown as { cy: import("cytoscape").Core }).cy;
      return cy.elements().map((e) => ({ id: e.id(), from: e.data("validFrom") as string | null, to: e.data("validTo") as string | null }));
    });
    for (const element of data) expect(inForce(date, element.from, element.to), `${element.id} is not in force on ${date}`).toBe(true);

    // Every board the 2011 report describes, in force on its date, is drawn (a board with no line is drawn too).
    const boards2011 = seed2011.nodes.filter((n) => n.label === "Board" && areasOf(n).includes("area-essex"));
    const answer = await graphql<{ entities: { id: string; validFrom: string | null; validTo: string | null }[] }>(
      ui.server.app,
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
    await screenshot(ui.page, "time-1-essex-2011");
    await expect(seriousViolations(ui.page), "axe on time-1-essex-2011").resolves.toEqual([]);
  });

  it("shows the Children's Trust again when the user goes back to 2008", async () => {
    await ui.page.getByRole("button", { name: "2008" }).click();
    await waitForDiagram(ui.page);
    const { nodes } = await diagramState(ui.page);
    expect(nodes.some((n) => /Children's Trust/.test(n.name))).toBe(true);
    await screenshot(ui.page, "time-2-essex-2008");
    await expect(seriousViolations(ui.page), "axe on time-2-essex-2008").resolves.toEqual([]);
  });

  it("colours what was added and what ended between 2011 and 2016, as the structure diff says", async () => {
    await ui.page.goto(`${ui.server.baseUrl}/?area=area-essex&mode=compare&from=2011-09-29&to=2016-05-17`);
    await waitForDiagram(ui.page);
    const diff = await graphql<{ structureDiff: { bodiesAdded: { id: string }[]; bodiesEnded: { id: string }[]; linesAdded: { id: string }[]; linesEnded: { id: string }[] } }>(
      ui.server.app,
      /* GraphQL */ `{ structureDiff(area: "area-essex", from: "2011-09-29", to: "2016-05-17") { bodiesAdded { id } bodiesEnded { id } linesAdded { id } linesEnded { id } } }`,
    );
    const { nodes, edges } = await diagramState(ui.page);
    const classesOf = new Map([...nodes, ...edges].map((e) => [e.id, e.classes]));
    const changes = diff.data!.structureDiff;
    expect(changes.bodiesAdded.length + changes.linesAdded.length).toBeGreaterThan(0);
    for (const { id } of [...changes.bodiesAdded, ...changes.linesAdded]) if (classesOf.has(id)) expect(classesOf.get(id), id).toContain("added");
    for (const { id } of [...changes.bodiesEnded, ...changes.linesEnded]) if (classesOf.has(id)) expect(classesOf.get(id), id).toContain("ended");
    expect(nodes.some((n) => n.classes.includes("added"))).toBe(true);
    await expect(ui.page.locator("#panel-title").textContent()).resolves.toMatch(/Essex: 29 September 2011 against 17 May 2016/);
    await expect(ui.page.locator("#legend-body").textContent()).resolves.toMatch(/added between the dates/);
    await screenshot(ui.page, "time-3-compare-2011-2016");
    await expect(seriousViolations(ui.page), "axe on time-3-compare-2011-2016").resolves.toEqual([]);
    expect(ui.errors).toEqual([]);
  });
});
