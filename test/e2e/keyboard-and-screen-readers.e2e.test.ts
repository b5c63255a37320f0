import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eApp, startE2eApp } from "./support/e2e-app.ts";
import { seriousViolations } from "./support/axe.ts";
import { launchChromium } from "./support/launch-chromium.ts";
import { collectPageErrors, diagramState, openClient, screenshot, waitForDiagram } from "./support/page-helpers.ts";

describe("keyboard, screen readers and a laptop screen", () => {
  let server: E2eApp;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startE2eApp();
    browser = await launchChromium({ viewport: { width: 1366, height: 768 } });
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    await openClient(page, server.baseUrl, "?area=area-southend-on-sea");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("fits a 1366 by 768 screen: no sideways scrolling, every control in view and named", async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const controls = [
      page.getByRole("combobox", { name: "Find a body, strategy or person" }),
      page.getByRole("combobox", { name: "Area" }),
      page.getByLabel("As of"),
      page.getByRole("button", { name: "List and table" }),
      page.getByRole("button", { name: "Compare dates" }),
      page.getByRole("button", { name: "Save PNG" }),
      page.getByRole("button", { name: "Save SVG" }),
      page.getByRole("button", { name: /Keys/ }),
      page.getByRole("application", { name: /Reporting-line diagram/ }),
    ];
    for (const control of controls) {
      const box = await control.boundingBox();
      expect(box, String(control)).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
      expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    }
    const diagramBox = await page.locator("#diagram").boundingBox();
    expect(diagramBox!.height).toBeGreaterThan(400);
    await screenshot(page, "a11y-1-laptop-southend");
    await expect(seriousViolations(page), "axe on a11y-1-laptop-southend").resolves.toEqual([]);
  });

  it("reaches the diagram with Tab, moves between bodies with the arrow keys and opens one with Enter", async () => {
    await page.locator("body").click({ position: { x: 5, y: 760 } });
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.id === "diagram");
    }
    expect(reached).toBe(true);
    const first = await page.locator("#diagram-focus").textContent();
    expect(first).toMatch(/\w+.*\. /);
    const names = new Set([first]);
    for (const key of ["ArrowDown", "ArrowRight", "ArrowDown", "ArrowLeft"]) {
      await page.keyboard.press(key);
      names.add(await page.locator("#diagram-focus").textContent());
    }
    expect(names.size).toBeGreaterThan(2);
    const focusedName = (await page.locator("#diagram-focus").textContent())!.split(",")[0];
    await page.keyboard.press("Enter");
    await page.locator("#panel-title").waitFor();
    await expect(page.locator("#panel-title").textContent()).resolves.toBe(focusedName);
    const { nodes } = await diagramState(page);
    const selected = new URL(page.url()).searchParams.get("node");
    expect(nodes.find((n) => n.id === selected)?.name).toBe(focusedName);
    await screenshot(page, "a11y-2-keyboard-focus-and-panel");
    await expect(seriousViolations(page), "axe on a11y-2-keyboard-focus-and-panel").resolves.toEqual([]);
  });

  it("lists the same bodies and lines as semantic tables when T is pressed", async () => {
    await page.locator("#diagram").focus();
    await page.keyboard.press("t");
    await page.locator("#bodies-table").waitFor();
    expect(new URL(page.url()).searchParams.get("view")).toBe("table");
    const { nodes, edges } = await diagramState(page);
    await expect(page.locator("#bodies-table tbody tr").count()).resolves.toBe(nodes.length);
    await expect(page.locator("#lines-table tbody tr").count()).resolves.toBe(edges.length);
    await expect(page.locator("#bodies-table caption").textContent()).resolves.toBe(`Bodies (${nodes.length})`);
    await expect(page.locator("#bodies-table thead th[scope=col]").count()).resolves.toBeGreaterThan(3);
    await expect(page.locator("#bodies-table tbody th[scope=row]").count()).resolves.toBe(nodes.length);
    await expect(page.locator("#bodies-table tr[aria-current=true]").count()).resolves.toBe(1);
    await screenshot(page, "a11y-3-table-view");
    await expect(seriousViolations(page), "axe on a11y-3-table-view").resolves.toEqual([]);
    await page.getByRole("button", { name: "Diagram", exact: true }).click();
    await waitForDiagram(page);
  });

  it("opens the search with /, chooses with the arrow keys, and lists the shortcuts with ?", async () => {
    await page.locator("#diagram").focus();
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("search-input");
    await page.keyboard.type("Health and Wellbeing");
    await page.locator("#search-results [role=option]").first().waitFor();
    await expect(page.getByRole("combobox", { name: "Find a body, strategy or person" }).getAttribute("aria-expanded")).resolves.toBe("true");
    await page.keyboard.press("ArrowDown");
    const active = await page.locator("#search-input").getAttribute("aria-activedescendant");
    await expect(page.locator(`#${active}`).getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("Escape");
    await expect(page.locator("#search-results").isHidden()).resolves.toBe(true);
    await page.locator("#diagram").focus();
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" }).isVisible()).resolves.toBe(true);
    await screenshot(page, "a11y-4-shortcuts");
    await expect(seriousViolations(page), "axe on a11y-4-shortcuts").resolves.toEqual([]);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog").isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });
});
