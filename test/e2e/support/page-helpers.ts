import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

/** Screenshots and exported files are kept here (git-ignored) for people to look at. */
export const ARTIFACTS = fileURLToPath(new URL("../../../test-artifacts/e2e/", import.meta.url));

/** Saves a screenshot of the page as test-artifacts/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  return path;
}

/** Waits until the diagram has been drawn (or has said why it could not be). */
export async function waitForDiagram(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const diagram = document.getElementById("diagram");
    const status = document.getElementById("status")?.textContent ?? "";
    return diagram && !diagram.hasAttribute("aria-busy") && status.length > 0 && !status.startsWith("Loading");
  });
}

/** Opens the client at a query string and waits for its first diagram. */
export async function openClient(page: Page, baseUrl: string, query = ""): Promise<void> {
  await page.goto(`${baseUrl}/${query}`);
  await waitForDiagram(page);
}

/** Ids and classes of what the diagram holds, read from cytoscape in the page. */
export async function diagramState(page: Page): Promise<{ nodes: { id: string; name: string; classes: string[]; x: number; y: number }[]; edges: { id: string; source: string; target: string; relType: string; classes: string[] }[] }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy?: import("cytoscape").Core }).cy;
    if (!cy) throw new Error("The page does not expose its diagram for tests");
    return {
      nodes: cy.nodes().map((n) => ({ id: n.id(), name: n.data("name"), classes: n.classes(), x: n.position("x"), y: n.position("y") })),
      edges: cy.edges().map((e) => ({ id: e.id(), source: e.data("source"), target: e.data("target"), relType: e.data("relType"), classes: e.classes() })),
    };
  });
}

/** Types into the search box and picks the first result whose text contains `pick`. */
export async function searchAndPick(page: Page, text: string, pick: string): Promise<void> {
  await page.keyboard.press("/");
  await page.keyboard.type(text);
  const option = page.locator("#search-results [role=option]", { hasText: pick }).first();
  await option.waitFor();
  await option.click();
  await waitForDiagram(page);
  // The pick is done when the diagram has marked the node it found.
  await page.waitForFunction(() => ((window as unknown as { cy?: import("cytoscape").Core }).cy?.nodes(".search-hit").length ?? 0) > 0);
}

/** Fails the test on any error the page throws or logs, so a broken page cannot pass quietly. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}
