import type { Point } from "./elk-in-worker.ts";

/** Options for folding leaves (see {@link leafGroups}). */
export interface FoldLeavesOptions {
  /** Groups smaller than this stay where the layered layout put them. @default 4 */
  minGroup?: number;
  /** Width over height of each folded grid; above 1 it is wider than tall. @default 2 */
  gridAspect?: number;
  /** Gap between grid cells and between grids, in model pixels. @default 18 */
  gap?: number;
  /** Gap between the graph above and the band of grids. @default 60 */
  bandGap?: number;
}

/** A node as a layout sees it: its id, its name (for ordering) and its drawn size. */
export interface LayoutNode {
  id: string;
  name: string;
  w: number;
  h: number;
}

/** A line as a layout sees it: from the body that answers to the body it answers to. */
export interface LayoutLine {
  id: string;
  source: string;
  target: string;
}

/** Leaves that share the same bodies above, in name order, with those bodies' ids. */
export interface LeafGroup {
  members: LayoutNode[];
  targetIds: string[];
}

/**
 * A layered layout puts every leaf (a strategy with lines up and none from
 * below) in one row, which is unreadable once a body oversees thirty of them
 * (004 section 4). The large groups of leaves that share the same bodies above
 * are left out of the layering ({@link leafGroups}) and then placed as grids
 * beneath the rest of the graph, in the order of their bodies
 * ({@link placeLeafGrids}), so the diagram keeps its upward reading at a
 * fraction of the width. Both work on plain nodes and lines, so that a layout
 * off screen needs no cytoscape instance to fold.
 */
export function leafGroups(nodes: readonly LayoutNode[], lines: readonly LayoutLine[], minGroup = 4): LeafGroup[] {
  const hasIncoming = new Set<string>();
  const targets = new Map<string, string[]>();
  for (const line of lines) {
    hasIncoming.add(line.target);
    const list = targets.get(line.source);
    if (list) list.push(line.target);
    else targets.set(line.source, [line.target]);
  }
  const groups = new Map<string, LayoutNode[]>();
  for (const node of nodes) {
    const up = targets.get(node.id);
    if (hasIncoming.has(node.id) || !up) continue;
    const key = [...new Set(up)].sort().join("|");
    const members = groups.get(key);
    if (members) members.push(node);
    else groups.set(key, [node]);
  }
  return [...groups.entries()]
    .filter(([, members]) => members.length >= minGroup)
    .map(([key, members]) => ({ targetIds: key.split("|"), members: members.sort((a, b) => a.name.localeCompare(b.name)) }));
}

/**
 * Places each group as a grid below the nodes already laid out (`placed`, by
 * id, with their sizes in `sizeOf`), left to right in the order of their
 * bodies, and resolves with the members' centres.
 */
export function placeLeafGrids(
  groups: readonly LeafGroup[],
  placed: ReadonlyMap<string, Point>,
  sizeOf: (id: string) => { w: number; h: number },
  options: FoldLeavesOptions = {},
): Map<string, Point> {
  const positions = new Map<string, Point>();
  if (groups.length === 0) return positions;
  const aspect = options.gridAspect ?? 2;
  const gap = options.gap ?? 18;
  const bandGap = options.bandGap ?? 60;
  let x1 = placed.size ? Number.POSITIVE_INFINITY : 0;
  let y2 = placed.size ? Number.NEGATIVE_INFINITY : 0;
  for (const [id, { x, y }] of placed) {
    const { w, h } = sizeOf(id);
    x1 = Math.min(x1, x - w / 2);
    y2 = Math.max(y2, y + h / 2);
  }
  const centreOf = (group: LeafGroup) => group.targetIds.reduce((sum, id) => sum + (placed.get(id)?.x ?? 0), 0) / group.targetIds.length;
  const ordered = groups.map((group) => ({ ...group, centre: centreOf(group) })).sort((a, b) => a.centre - b.centre);

  let cursor = x1;
  for (const group of ordered) {
    const cellWidth = Math.max(...group.members.map((n) => n.w)) + gap;
    const cellHeight = Math.max(...group.members.map((n) => n.h)) + gap;
    const count = group.members.length;
    const columns = Math.max(2, Math.min(count, Math.ceil(Math.sqrt((count * aspect * cellHeight) / cellWidth))));
    const width = columns * cellWidth;
    const x0 = Math.max(cursor, group.centre - width / 2);
    group.members.forEach((node, index) => {
      const column = index % columns;
      const row = Math.floor(index / columns);
      positions.set(node.id, { x: x0 + column * cellWidth + cellWidth / 2, y: y2 + bandGap + row * cellHeight + cellHeight / 2 });
    });
    cursor = x0 + width + gap * 2;
  }
  return positions;
}

/** The nodes and lines left to the layered layout once the groups are folded out. */
export function withoutFolded(nodes: readonly LayoutNode[], lines: readonly LayoutLine[], groups: readonly LeafGroup[]): { nodes: LayoutNode[]; lines: LayoutLine[] } {
  const folded = new Set(groups.flatMap((group) => group.members.map((n) => n.id)));
  return { nodes: nodes.filter((n) => !folded.has(n.id)), lines: lines.filter((l) => !folded.has(l.source) && !folded.has(l.target)) };
}
