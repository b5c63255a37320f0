import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { BOARD_KIND_LOOKS } from "../../client/graph/palette.ts";
import { seriousViolations } from "./support/axe.ts";
import { diagramState, openClient, screenshot } from "./support/page-helpers.ts";
import { useBrowserPage } from "./support/browser-page.ts";

/** Rendered boxes of the nodes, and the zoom, read from cytoscape in the page. */
async function geometry(page: Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: import("cytoscape").Core }).cy;
    return {
      zoom: cy.zoom(),
      boxes: cy.nodes().map((n) => ({ id: n.id(), kind: n.data("kind") as string | null, label: n.data("nodeLabel") as string, ...n.renderedBoundingBox({ includeLabels: false }) })),
      width: cy.width(),
      height: cy.height(),
    };
  });
}

describe("the reporting-line diagrams of Essex and Southend, untidied", () => {
  const ui = useBrowserPage({ open: false });

  it.each([
    ["essex", "", "Essex"],
    ["southend", "?area=area-southend-on-sea", "Southend-on-Sea"],
    ["southend-strategies", "?area=area-southend-on-sea&lines=accountability,peers,structure,strategies", "Southend-on-Sea"],
  ])("draws %s with every line up, nothing overlapping, all in view, and a legend of what is drawn", async (name, query, area) => {
    await openClient(ui.page, ui.server.baseUrl, query);
    await expect(ui.page.locator("#status").textContent()).resolves.toMatch(new RegExp(`^${area}, as of`));
    const { nodes, edges } = await diagramState(ui.page);
    expect(nodes.length).toBeGreaterThan(10);
    const y = new Map(nodes.map((n) => [n.id, n.y]));
    for (const edge of edges.filter((e) => e.relType !== "SITS_ALONGSIDE")) expect(y.get(edge.target)!, edge.id).toBeLessThan(y.get(edge.source)!);

    const { boxes, zoom, width, height } = await geometry(ui.page);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      expect(a.x1 >= -1 && a.y1 >= -1 && a.x2 <= width + 1 && a.y2 <= height + 1, `${a.id} is outside the view`).toBe(true);
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    // Bodies only, the whole council fits at a size where names can be read.
    if (!name.endsWith("strategies")) expect(zoom).toBeGreaterThan(0.5);

    const legend = (await ui.page.locator("#legend-body").textContent()) ?? "";
    const kinds = new Set(boxes.filter((b) => b.label === "Board" && b.kind).map((b) => b.kind!));
    for (const kind of kinds) expect(legend).toContain(BOARD_KIND_LOOKS[kind]!.caption);
    await screenshot(ui.page, `explore-${name}`);
    await expect(seriousViolations(ui.page), `axe on explore-${name}`).resolves.toEqual([]);
  });

  it("drew all of them without an error in the page", () => {
    expect(ui.errors).toEqual([]);
  });
});
