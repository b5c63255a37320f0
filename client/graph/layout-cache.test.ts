import type { ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { createLayoutCache, layoutCacheKey } from "./layout-cache.ts";

const node = (id: string): ElementDefinition => ({ group: "nodes", data: { id, name: id } });
const edge = (source: string, target: string, type = "REPORTS_TO"): ElementDefinition => ({
  group: "edges",
  data: { id: `${type}:${source}->${target}`, source, target, relType: type },
});
const view = [node("hwb"), node("cabinet"), node("lscb"), edge("lscb", "hwb"), edge("cabinet", "hwb")];

describe("layoutCacheKey", () => {
  it("gives the same key for the same nodes and lines in another order", () => {
    const shuffled = [view[4]!, view[2]!, view[0]!, view[3]!, view[1]!];
    expect(layoutCacheKey("elk", shuffled)).toBe(layoutCacheKey("elk", view));
  });

  it("gives another key for a different line, another layout, or a node id moved into a line's place", () => {
    const key = layoutCacheKey("elk", view);
    const otherLine = [...view.slice(0, 4), edge("cabinet", "lscb")];
    expect(layoutCacheKey("elk", otherLine)).not.toBe(key);
    expect(layoutCacheKey("elk", [...view.slice(0, 4), edge("cabinet", "hwb", "ACCOUNTABLE_TO")])).not.toBe(key);
    expect(layoutCacheKey("dagre", view)).not.toBe(key);
    expect(layoutCacheKey("elk", view.slice(0, 4))).not.toBe(key);
  });
});

describe("createLayoutCache", () => {
  it("returns what was stored, from memory and, after a reload, from the tab's storage", () => {
    const stored = new Map<string, string>();
    const storage = { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) };
    const key = layoutCacheKey("elk", view);
    createLayoutCache({ storage }).set(key, new Map([["hwb", { x: 10.4, y: -20 }]]));
    const reloaded = createLayoutCache({ storage });
    expect(reloaded.get(key)?.get("hwb")).toEqual({ x: 10, y: -20 });
    expect(reloaded.get(layoutCacheKey("dagre", view))).toBeUndefined();
  });

  it("forgets the least recently used view past its limit", () => {
    const cache = createLayoutCache({ storage: null, limit: 1 });
    cache.set("a", new Map([["n", { x: 1, y: 1 }]]));
    cache.set("b", new Map([["n", { x: 2, y: 2 }]]));
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")?.get("n")).toEqual({ x: 2, y: 2 });
  });
});
