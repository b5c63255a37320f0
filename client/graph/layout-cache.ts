import type { ElementDefinition } from "cytoscape";
import type { Point } from "./elk-in-worker.ts";

/** Options for {@link createLayoutCache}. */
export interface LayoutCacheOptions {
  /** Where laid-out views also go, so a reload within the tab is instant; null keeps them in memory only. @default sessionStorage in a browser */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  /** How many views are kept in memory; the least recently used goes first. @default 20 */
  limit?: number;
}

/** cyrb53: a fast 53-bit string hash, so that a 5,000-node view's key stays short. */
function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Whether an element definition is a line (cytoscape also takes an edge by its `source` alone). */
export function isLineDefinition(element: ElementDefinition): boolean {
  return element.group === "edges" || element.data.source !== undefined;
}

/**
 * The cache key of a view: its layout name and its node and line ids, in any
 * order. Positions depend on nothing else the answer carries (a node's size
 * follows its label and kind, which its id fixes); the shape of the viewport
 * they were packed for is part of `layout` (layout-positions.ts).
 */
export function layoutCacheKey(layout: string, elements: readonly ElementDefinition[]): string {
  const nodes: string[] = [];
  const lines: string[] = [];
  for (const element of elements) {
    const id = String(element.data.id);
    if (isLineDefinition(element)) lines.push(id);
    else nodes.push(id);
  }
  const text = `${nodes.sort().join("\n")}\n\n${lines.sort().join("\n")}`;
  return `layout:${layout}:${nodes.length}:${lines.length}:${hash53(text)}${hash53(text, 1)}`;
}

/** Laid-out positions by view, in memory and (where it fits) in the tab's session storage. */
export function createLayoutCache(options: LayoutCacheOptions = {}) {
  const storage = options.storage === undefined ? (typeof sessionStorage === "undefined" ? null : sessionStorage) : options.storage;
  const limit = options.limit ?? 20;
  const memory = new Map<string, Map<string, Point>>();
  return {
    get(key: string): Map<string, Point> | undefined {
      let found = memory.get(key);
      if (!found && storage) {
        const stored = storage.getItem(key);
        if (stored) found = new Map(Object.entries(JSON.parse(stored) as Record<string, [number, number]>).map(([id, [x, y]]) => [id, { x, y }]));
      }
      if (found) {
        memory.delete(key);
        memory.set(key, found);
      }
      return found;
    },
    set(key: string, positions: Map<string, Point>): void {
      memory.delete(key);
      memory.set(key, positions);
      if (memory.size > limit) memory.delete(memory.keys().next().value!);
      if (!storage) return;
      const compact = Object.fromEntries([...positions].map(([id, p]) => [id, [Math.round(p.x), Math.round(p.y)]]));
      try {
        storage.setItem(key, JSON.stringify(compact));
      } catch {
        // Storage full: the view stays cached in memory only.
      }
    },
  };
}

export type LayoutCache = ReturnType<typeof createLayoutCache>;
