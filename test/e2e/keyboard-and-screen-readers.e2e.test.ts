import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.ts";
import { diagramState, screenshot, waitForDiagram } from "./support/page-helpers.ts";
import { useBrowserPage } from "./support/browser-page.ts";

describe("keyboard, screen readers and a laptop screen", () => {
  const ui = useBrowserPage({ open: "?area=area-southend-on-sea", viewport: { width: 1366, height: 768 } });

  it("fits a 1366 by 768 screen: no sideways scrolling, every control in view and named", async () => {
    const overflow = await ui.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const controls = [
      ui.page.getByRole("combobox", { name: "Find a body, strategy or person" }),
      ui.page.getByRole("combobox", { name: "Area" }),
      ui.page.getByLabel("As of"),
      ui.page.getByRole("button", { name: "List and table" }),
      ui.page.getByRole("button", { name: "Compare dates" }),
      ui.page.getByRole("button", { name: "Save PNG" }),
      ui.page.getByRole("button", { name: "Save SVG" }),
      ui.page.getByRole("button", { name: /Keys/ }),
      ui.page.getByRole("application", { name: /Reporting-line diagram/ }),
    ];
    for (const control of controls) {
      const box = await control.boundingBox();
      expect(box, String(control)).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
      expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    }
    const diagramBox = await ui.page.locator("#diagram").boundingBox();
    expect(diagramBox!.height).toBeGreaterThan(400);
    await screenshot(ui.page, "a11y-1-laptop-southend");
    await expect(seriousViolations(ui.page), "axe on a11y-1-laptop-southend").resolves.toEqual([]);
  });

  it("reaches the diagram with Tab, moves between bodies with the arrow keys and opens one with Enter", async () => {
    await ui.page.locator("body").click({ position: { x: 5, y: 760 } });
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await ui.page.keyboard.press("Tab");
      reached = await ui.page.evaluate(() => document.activeElement?.id === "diagram");
    }
    expect(reached).toBe(true);
    const first = await ui.page.locator("#diagram-focus").textContent();
    expect(first).toMatch(/\w+.*\. /);
    const names = new Set([first]);
    for (const key of ["ArrowDown", "ArrowRight", "ArrowDown", "ArrowLeft"]) {
      await ui.page.keyboard.press(key);
      names.add(await ui.page.locator("#diagram-focus").textContent());
    }
    expect(names.size).toBeGreaterThan(2);
    const focusedName = (await ui.page.locator("#diagram-focus").textContent())!.split(",")[0];
    await ui.page.keyboard.press("Enter");
    await ui.page.locator("#panel-title").waitFor();
    await expect(ui.page.locator("#panel-title").textContent()).resolves.toBe(focusedName);
    const { nodes } = await diagramState(ui.page);
    const selected = new URL(ui.page.url()).searchParams.get("node");
    expect(nodes.find((n) => n.id === selected)?.name).toBe(focusedName);
    await screenshot(ui.page, "a11y-2-keyboard-focus-and-panel");
    await expect(seriousViolations(ui.page), "axe on a11y-2-keyboard-focus-and-panel").resolves.toEqual([]);
  });

  it("lists the same bodies and lines as semantic tables when T is pressed", async () => {
    await ui.page.locator("#diagram").focus();
    await ui.page.keyboard.press("t");
    await ui.page.locator("#bodies-table").waitFor();
    expect(new URL(ui.page.url()).searchParams.get("view")).toBe("table");
    const { nodes, edges } = await diagramState(ui.page);
    await expect(ui.page.locator("#bodies-table tbody tr").count()).resolves.toBe(nodes.length);
    await expect(ui.page.locator("#lines-table tbody tr").count()).resolves.toBe(edges.length);
    await expect(ui.page.locator("#bodies-table caption").textContent()).resolves.toBe(`Bodies (${nodes.length})`);
    await expect(ui.page.locator("#bodies-table thead th[scope=col]").count()).resolves.toBeGreaterThan(3);
    await expect(ui.page.locator("#bodies-table tbody th[scope=row]").count()).resolves.toBe(nodes.length);
    await expect(ui.page.locator("#bodies-table tr[aria-current=true]").count()).resolves.toBe(1);
    await screenshot(ui.page, "a11y-3-table-view");
    await expect(seriousViolations(ui.page), "axe on a11y-3-table-view").resolves.toEqual([]);
    await ui.page.getByRole("button", { name: "Diagram", exact: true }).click();
    await waitForDiagram(ui.page);
  });

  it("opens the search with /, chooses with the arrow keys, and lists the shortcuts with ?", async () => {
    await ui.page.locator("#diagram").focus();
    await ui.page.keyboard.press("/");
    await expect(ui.page.evaluate(() => document.activeElement?.id)).resolves.toBe("search-input");
    await ui.page.keyboard.type("Health and Wellbeing");
    await ui.page.locator("#search-results [role=option]").first().waitFor();
    await expect(ui.page.getByRole("combobox", { name: "Find a body, strategy or person" }).getAttribute("aria-expanded")).resolves.toBe("true");
    await ui.page.keyboard.press("ArrowDown");
    const active = await ui.page.locator("#search-input").getAttribute("aria-activedescendant");
    await expect(ui.page.locator(`#${active}`).getAttribute("aria-selected")).resolves.toBe("true");
    await ui.page.keyboard.press("Escape");
    await expect(ui.page.locator("#search-results").isHidden()).resolves.toBe(true);
    await ui.page.locator("#diagram").focus();
    await ui.page.keyboard.press("?");
    await expect(ui.page.getByRole("dialog", { name: "Keyboard shortcuts" }).isVisible()).resolves.toBe(true);
    await screenshot(ui.page, "a11y-4-shortcuts");
    await expect(seriousViolations(ui.page), "axe on a11y-4-shortcuts").resolves.toEqual([]);
    await ui.page.keyboard.press("Escape");
    await expect(ui.page.getByRole("dialog").isVisible()).resolves.toBe(false);
    expect(ui.errors).toEqual([]);
  });
});
