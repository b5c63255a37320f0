// npm run bench:render: how long synthetic diagrams of 500 and 5,000 nodes take
// in headless Chromium, with each layout, from the answer to the first frame:
// layout (empty layout cache), paint, their total, the longest long task while
// laying out (and overall), a repeat of the same view from the layout cache,
// and another view of the same size drawn next (not cached; the layout worker
// warm, as for a user moving between views). Prints medians and writes
// bench/results/render.json. Options: --runs <n> (default 5; 3 at 5,000
// nodes), --sizes 500,5000, --layouts elk,dagre.
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { launchChromium } from "../../test/e2e/support/launch-chromium.ts";
import type { RenderTiming } from "./render-page.ts";

const { values } = parseArgs({ options: { runs: { type: "string" }, sizes: { type: "string" }, layouts: { type: "string" } } });
const sizes = (values.sizes ?? "500,5000").split(",").map(Number);
const layouts = (values.layouts ?? "elk,dagre").split(",") as ("elk" | "dagre")[];
const runsFor = (size: number) => Number(values.runs ?? (size > 1000 ? 3 : 5));
const configFile = fileURLToPath(new URL("./vite.config.ts", import.meta.url));
const resultsDir = fileURLToPath(new URL("../results/", import.meta.url));

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

await build({ configFile });
const server = await preview({ configFile, preview: { host: "127.0.0.1", port: 0 } });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error("The benchmark page server did not report its address");
const browser = await launchChromium({ viewport: { width: 1366, height: 768 } });
const rows: Record<string, number | string>[] = [];
try {
  for (const size of sizes) {
    for (const layout of layouts) {
      const timings: RenderTiming[] = [];
      // A fresh page per run, so that one run's garbage does not slow the next.
      for (let run = 0; run < runsFor(size) + 1; run++) {
        const page = await browser.context.newPage();
        await page.goto(url);
        await page.waitForSelector("body[data-ready=true]");
        const timing = await page.evaluate(([s, l]) => (window as unknown as { benchRender(s: number, l: string): Promise<RenderTiming> }).benchRender(s, l), [size, layout] as const);
        await page.close();
        // The first run warms the browser's compiler and caches; it is not counted.
        if (run > 0) timings.push(timing);
      }
      const of = (pick: (t: RenderTiming) => number) => Math.round(median(timings.map(pick)));
      const row = {
        size,
        layout,
        nodes: timings[0]!.nodes,
        edges: timings[0]!.edges,
        runs: timings.length,
        layoutMs: of((t) => t.layoutMs),
        paintMs: of((t) => t.paintMs),
        totalMs: of((t) => t.layoutMs + t.paintMs),
        longestLayoutTaskMs: of((t) => t.longestLayoutTaskMs),
        longestTaskMs: of((t) => t.longestTaskMs),
        cachedRepeatMs: of((t) => t.cachedRepeatMs),
        nextViewMs: of((t) => t.nextViewMs),
      };
      rows.push(row);
      const ms = (n: number, width = 5) => `${String(n).padStart(width)} ms`;
      console.log(
        `${String(size).padStart(5)} nodes  ${layout.padEnd(5)}  layout ${ms(row.layoutMs)}  paint ${ms(row.paintMs)}  total ${ms(row.totalMs)}  longest task laying out ${ms(row.longestLayoutTaskMs, 4)} (overall ${ms(row.longestTaskMs, 4)})  cached repeat ${ms(row.cachedRepeatMs)}  next view ${ms(row.nextViewMs)}  (medians of ${row.runs}; ${row.edges} lines)`,
      );
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
mkdirSync(resultsDir, { recursive: true });
writeFileSync(`${resultsDir}render.json`, `${JSON.stringify({ measuredAt: new Date().toISOString(), viewport: "1366x768", rows }, null, 2)}\n`);
console.log(`Medians written to bench/results/render.json`);
