import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Download } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, diagramState } from "./support/page-helpers.ts";
import { useBrowserPage } from "./support/browser-page.ts";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("exporting the diagram, in a browser", () => {
  const ui = useBrowserPage({ open: "?area=area-essex&asOf=2011-09-29" });

  async function saved(button: string): Promise<{ download: Download; path: string }> {
    const [download] = await Promise.all([ui.page.waitForEvent("download"), ui.page.getByRole("button", { name: button }).click()]);
    const path = join(ARTIFACTS, `export-${download.suggestedFilename()}`);
    await download.saveAs(path);
    return { download, path };
  }

  it("saves the whole diagram as a PNG image named after the view", async () => {
    const { download, path } = await saved("Save PNG");
    expect(download.suggestedFilename()).toBe("governance-area-essex-2011-09-29.png");
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const { width, height } = pngSize(bytes);
    // The whole graph at twice the scale: larger than the part of the screen the diagram has.
    expect(width).toBeGreaterThan(1000);
    expect(height).toBeGreaterThan(400);
    await expect(ui.page.locator("#status").textContent()).resolves.toMatch(/Saved the diagram as a PNG image/);
  });

  it("saves it as an SVG drawing that keeps the names as text", async () => {
    const { download, path } = await saved("Save SVG");
    expect(download.suggestedFilename()).toBe("governance-area-essex-2011-09-29.svg");
    const svg = readFileSync(path, "utf8");
    expect(svg).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const { nodes } = await diagramState(ui.page);
    const board = nodes.find((n) => n.id === "board-essex-escb");
    expect(board).toBeDefined();
    // Long names wrap onto several lines, each its own text element: look for the first word pair.
    expect(svg).toContain(board!.name.split(" ").slice(0, 2).join(" "));
    expect(ui.errors).toEqual([]);
  });

  it("keeps the names in the drawing when the screen is zoomed too far out to show them", async () => {
    const zoomOut = ui.page.getByRole("button", { name: "Zoom out" });
    // Zoomed far out, elements lose the class `near` under which captions are drawn (client/graph/level-of-detail.ts).
    for (let click = 0; click < 20 && (await diagramState(ui.page)).nodes[0]!.classes.includes("near"); click++) await zoomOut.click();
    const zoomedOut = await diagramState(ui.page);
    expect(zoomedOut.nodes.some((n) => n.classes.includes("near"))).toBe(false);
    const { path } = await saved("Save SVG");
    const svg = readFileSync(path, "utf8");
    const board = zoomedOut.nodes.find((n) => n.id === "board-essex-escb")!;
    expect(svg).toContain(board.name.split(" ").slice(0, 2).join(" "));
    // The screen goes on drawing the simplified diagram.
    expect((await diagramState(ui.page)).nodes.some((n) => n.classes.includes("near"))).toBe(false);
    expect(ui.errors).toEqual([]);
  });
});
