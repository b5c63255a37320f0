import { describe, expect, it } from "vitest";
import { graphql } from "../support/test-app.ts";
import { seriousViolations } from "./support/axe.ts";
import { diagramState, screenshot, searchAndPick, waitForDiagram } from "./support/page-helpers.ts";
import { useBrowserPage } from "./support/browser-page.ts";

interface Chain {
  oversightChain: {
    strategy: { id: string };
    paths: { steps: { fromId: string; relationship: string; entity: { id: string; name: string } }[] }[];
    tops: { id: string; name: string }[];
    gaps: { message: string }[];
  };
}

describe("tracing who oversees the Neglect Strategy, in a browser", () => {
  const ui = useBrowserPage();

  it("finds the strategy by a word of its name and focuses it in the diagram", async () => {
    await searchAndPick(ui.page, "Neglect", "Neglect Strategy");
    const url = new URL(ui.page.url());
    const id = url.searchParams.get("node");
    expect(id).toBeTruthy();
    const { nodes } = await diagramState(ui.page);
    const found = nodes.find((n) => n.id === id);
    expect(found?.name).toMatch(/Neglect Strategy/);
    expect(found?.classes).toContain("search-hit");
    await expect(ui.page.locator("#panel-title").textContent()).resolves.toMatch(/Neglect Strategy/);
    await expect(ui.page.locator("#diagram-focus").textContent()).resolves.toMatch(/Neglect Strategy/);
    await screenshot(ui.page, "oversight-1-search-neglect");
    await expect(seriousViolations(ui.page), "axe on oversight-1-search-neglect").resolves.toEqual([]);
  });

  it("highlights every route from the strategy to the top, as the API traces them, and lists the gaps", async () => {
    const strategyId = new URL(ui.page.url()).searchParams.get("node")!;
    await ui.page.getByRole("button", { name: "Trace oversight" }).click();
    await waitForDiagram(ui.page);
    expect(new URL(ui.page.url()).searchParams.get("mode")).toBe("trace");

    const asOf = new URL(ui.page.url()).searchParams.get("asOf") ?? (await ui.page.inputValue("#as-of"));
    const answer = await graphql<Chain>(
      ui.server.app,
      /* GraphQL */ `query ($id: ID!, $asOf: Date) { oversightChain(strategyId: $id, asOf: $asOf) {
        strategy { id } paths { steps { fromId relationship entity { id name } } } tops { id name } gaps { message } } }`,
      { id: strategyId, asOf },
    );
    const chain = answer.data!.oversightChain;
    expect(chain.paths.length).toBeGreaterThan(0);

    const { nodes, edges } = await diagramState(ui.page);
    const onPath = new Set(nodes.filter((n) => n.classes.includes("path")).map((n) => n.id));
    const pathEdges = edges.filter((e) => e.classes.includes("path"));
    for (const path of chain.paths) {
      for (const step of path.steps) {
        expect(onPath.has(step.entity.id), step.entity.name).toBe(true);
        expect(pathEdges.some((e) => e.source === step.fromId && e.target === step.entity.id), `${step.fromId} -> ${step.entity.id}`).toBe(true);
      }
    }
    // Every highlighted route climbs: each step's body is drawn above where it starts.
    const y = new Map(nodes.map((n) => [n.id, n.y]));
    for (const edge of pathEdges) expect(y.get(edge.target)!, edge.id).toBeLessThan(y.get(edge.source)!);
    for (const top of chain.tops) expect(onPath.has(top.id)).toBe(true);

    const panel = ui.page.locator("#side-panel");
    await expect(panel.locator("ol.path-list > li").count()).resolves.toBe(chain.paths.length);
    const gapItems = await panel.locator("ul.gap-list > li").allTextContents();
    expect(gapItems).toHaveLength(chain.gaps.length);
    for (const gap of chain.gaps) expect(gapItems.some((text) => text.includes(gap.message))).toBe(true);
    await screenshot(ui.page, "oversight-2-trace-neglect");
    await expect(seriousViolations(ui.page), "axe on oversight-2-trace-neglect").resolves.toEqual([]);
  });

  it("picks out one route when the user points at it in the list", async () => {
    await ui.page.locator("ol.path-list > li").first().focus();
    const { nodes } = await diagramState(ui.page);
    const dimmed = nodes.filter((n) => n.classes.includes("dimmed"));
    const lit = nodes.filter((n) => !n.classes.includes("dimmed"));
    expect(lit.some((n) => n.classes.includes("origin"))).toBe(true);
    if ((await ui.page.locator("ol.path-list > li").count()) > 1) expect(dimmed.length).toBeGreaterThan(0);
    await screenshot(ui.page, "oversight-3-one-route");
    await expect(seriousViolations(ui.page), "axe on oversight-3-one-route").resolves.toEqual([]);
  });

  it("gives the same trace from its link alone, and lists it as a table", async () => {
    const link = ui.page.url();
    const second = await ui.browser.context.newPage();
    await second.goto(`${link}&view=table`);
    await waitForDiagram(second);
    const rows = await second.locator("#lines-table tbody tr").allTextContents();
    expect(rows.some((row) => row.includes("on an oversight route"))).toBe(true);
    await expect(second.locator("#bodies-table caption").textContent()).resolves.toMatch(/Bodies \(\d+\)/);
    await screenshot(second, "oversight-4-trace-as-table");
    await second.close();
    expect(ui.errors).toEqual([]);
  });
});
