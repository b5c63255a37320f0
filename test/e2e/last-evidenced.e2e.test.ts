import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.ts";
import { diagramState, screenshot, waitForDiagram } from "./support/page-helpers.ts";
import { useBrowserPage } from "./support/browser-page.ts";

// The Essex diagram as of 17 May 2016: the 2011 bodies that 000's description of 2016 no longer
// names are drawn faded and labelled "last evidenced 2011", in the diagram and in the table.
const OLD_BODY = "board-essex-childrens-partnership-board";
const CURRENT_BODY = "board-essex-cyp-strategic-partnership";

describe("bodies a newer document no longer names, in a browser", () => {
  const ui = useBrowserPage({ open: "?area=area-essex&asOf=2016-05-17" });

  it("draws the 2011 bodies faded with 'last evidenced 2011', and the 2016 ones as they are", async () => {
    const { nodes } = await diagramState(ui.page);
    const old = nodes.find((node) => node.id === OLD_BODY);
    expect(old?.classes).toContain("last-evidenced");
    expect(nodes.find((node) => node.id === CURRENT_BODY)?.classes).not.toContain("last-evidenced");
    const drawn = await ui.page.evaluate(
      ([oldId, currentId]) => {
        const cy = (window as unknown as { cy: import("cytoscape").Core }).cy;
        const look = (id: string) => ({ caption: String(cy.getElementById(id).style("label")), opacity: Number(cy.getElementById(id).style("opacity")) });
        return { old: look(oldId as string), current: look(currentId as string) };
      },
      [OLD_BODY, CURRENT_BODY],
    );
    expect(drawn.old.caption).toMatch(/\(last evidenced 2011\)$/);
    expect(drawn.old.opacity).toBeLessThan(0.75);
    expect(drawn.current.opacity).toBe(1);
    expect(drawn.current.caption).not.toMatch(/last evidenced/);
    await screenshot(ui.page, "last-evidenced-1-essex-2016");
    expect(ui.errors).toEqual([]);
  });

  it("passes axe with the faded bodies drawn", async () => {
    expect(await seriousViolations(ui.page)).toEqual([]);
  });

  it("says when and where each was last evidenced in the table view", async () => {
    await ui.page.locator("#diagram").focus();
    await ui.page.keyboard.press("t");
    await ui.page.locator("#bodies-table").waitFor();
    const row = ui.page.locator("#bodies-table tbody tr", { hasText: "Children's Partnership Board" }).first();
    await expect(row.textContent()).resolves.toMatch(/last evidenced on 2011-09-29 in 002_04cb78379c9a0f0c\.txt, Appendix 5/);
    await screenshot(ui.page, "last-evidenced-2-table");
    await ui.page.getByRole("button", { name: "Diagram", exact: true }).click();
    await waitForDiagram(ui.page);
    expect(ui.errors).toEqual([]);
  });
});
