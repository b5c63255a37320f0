import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The client's layers, top to bottom: app (state and view models) hands ui
// what to render; ui draws with graph (cytoscape) and reads through api; the
// generated documents sit under all of them. A folder never imports one above it.
const FORBIDDEN: Record<string, readonly string[]> = {
  ui: ["app"],
  graph: ["app", "ui"],
  api: ["app", "ui", "graph"],
  generated: ["app", "ui", "graph", "api"],
};

interface Source {
  /** Relative to the project root, e.g. client/ui/diagram.ts. */
  path: string;
  text: string;
}

/** Each import of a client file that reaches a layer above its own, as "from -> to". */
function layeringViolations(sources: readonly Source[]): string[] {
  const layerOf = (path: string) => path.match(/^client\/([^/]+)\//)?.[1];
  const found: string[] = [];
  for (const { path, text } of sources) {
    const forbidden = FORBIDDEN[layerOf(path) ?? ""] ?? [];
    // The compiler's own scanner finds static, type-only, re-export and dynamic imports alike.
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const target = normalize(join(dirname(path), fileName)).replaceAll("\\", "/");
      const layer = layerOf(target);
      if (layer && forbidden.includes(layer)) found.push(`${path} -> ${target} (${layerOf(path)} imports ${layer})`);
    }
  }
  return found;
}

const root = fileURLToPath(new URL("../", import.meta.url));

/** The client's source files; tests may build their fixtures from any layer. */
function clientSources(): Source[] {
  return (readdirSync(join(root, "client"), { recursive: true }) as string[])
    .map((file) => `client/${file.replaceAll("\\", "/")}`)
    .filter((path) => path.endsWith(".ts") && !path.endsWith(".test.ts"))
    .map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
}

describe("client layering", () => {
  it("has no folder importing a layer above it", () => {
    const sources = clientSources();
    expect(sources.some((s) => s.path.startsWith("client/ui/"))).toBe(true);
    expect(layeringViolations(sources)).toEqual([]);
  });

  it("catches a planted import of client/app from client/ui, type-only or not", () => {
    const planted: Source[] = [
      { path: "client/ui/planted.ts", text: 'import { tableModel } from "../app/table-model.ts";\nexport const rows = tableModel;' },
      { path: "client/ui/typed.ts", text: 'import type { ViewState } from "../app/view-state.ts";\nexport type S = ViewState;' },
      { path: "client/graph/planted.ts", text: 'export { h } from "../ui/dom.ts";' },
      { path: "client/app/allowed.ts", text: 'import { h } from "../ui/dom.ts";\nexport const x = h;' },
    ];
    expect(layeringViolations(planted)).toEqual([
      "client/ui/planted.ts -> client/app/table-model.ts (ui imports app)",
      "client/ui/typed.ts -> client/app/view-state.ts (ui imports app)",
      "client/graph/planted.ts -> client/ui/dom.ts (graph imports ui)",
    ]);
  });
});
