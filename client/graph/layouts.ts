import type { LayoutOptions } from "cytoscape";

/**
 * Named layouts. Every line points upward (from the body that answers to the
 * body it answers to), so each layered layout puts edge targets above their
 * sources and the top body at the top.
 */

/** ELK layered: the default; fewest crossings and straight vertical runs. */
export const layeredElk = {
  name: "elk",
  // Fit the whole diagram into the viewport once laid out.
  fit: true,
  // Space in model pixels between the diagram and the viewport edge.
  padding: 24,
  // Jumping is kinder than a long animation when a filter changes.
  animate: false,
  // Label size already fixes node size in the stylesheet.
  nodeDimensionsIncludeLabels: false,
  elk: {
    algorithm: "layered",
    // Edge targets above sources: upward lines point up.
    "elk.direction": "UP",
    // Vertical gap between layers; room for an edge caption.
    "elk.layered.spacing.nodeNodeBetweenLayers": 60,
    // Horizontal gap between bodies in one layer.
    "elk.spacing.nodeNode": 24,
    // Gap between separate pieces of the graph (e.g. two councils).
    "elk.spacing.componentComponent": 60,
    // Keeps the input order where it does not cost crossings. ELK's fixed seed already redraws a view
    // the same way; this keeps a view steadier after an edit and, in some views, crossing less. It is
    // half of ELK's time at 500 nodes, measured and kept (docs/benchmarks.md, third round).
    "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
    // Balanced placement: parents centred over their children.
    "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
    "elk.layered.nodePlacement.bk.fixedAlignment": "BALANCED",
    // Cycles are rare (mutual "reports to"); break them the cheap way.
    "elk.layered.cycleBreaking.strategy": "GREEDY",
    // Lay out disconnected pieces separately and pack them to the viewport's shape.
    "elk.separateConnectedComponents": true,
  },
} as const satisfies LayoutOptions & Record<string, unknown>;

/**
 * ELK options added for large graphs (from `nodes` laid out): fewer crossing
 * sweeps and no model-order pass, which cost most of ELK's time at thousands
 * of nodes and change little in a picture that is read zoomed in piece by piece.
 */
export function largeGraphElk(nodes: number): Record<string, string | number> {
  if (nodes < LARGE_GRAPH_NODES) return {};
  return {
    // Crossing-minimisation sweeps per layer (ELK default 7).
    "elk.layered.thoroughness": 1,
    // Model order only breaks ties; at this size it is too costly to keep.
    "elk.layered.considerModelOrder.strategy": "NONE",
    // The diagram draws its own lines between the placed nodes and never reads ELK's routes;
    // orthogonal routing was a third of ELK's time at 5,000 nodes (bench/render).
    "elk.edgeRouting": "POLYLINE",
  };
}

/** From this many laid-out nodes, {@link largeGraphElk} applies. */
export const LARGE_GRAPH_NODES = 1500;

/** dagre: much faster on very large graphs, slightly more crossings. */
export const layeredDagre = {
  name: "dagre",
  // Bottom to top: edge targets above sources.
  rankDir: "BT",
  // Horizontal gap between nodes of one rank.
  nodeSep: 24,
  // Gap between parallel edges.
  edgeSep: 10,
  // Vertical gap between ranks.
  rankSep: 60,
  // network-simplex gives the tightest ranks; longest-path is faster past a few thousand nodes.
  ranker: "network-simplex",
  fit: true,
  padding: 24,
  animate: false,
} as const satisfies LayoutOptions & Record<string, unknown>;

export const LAYOUTS = { elk: layeredElk, dagre: layeredDagre } as const;
export type LayoutName = keyof typeof LAYOUTS;

/**
 * Lines drawn but left out of the layering: peers and cross-references, which
 * would otherwise push one peer a layer above the other.
 */
export const LATERAL_TYPES: ReadonlySet<string> = new Set([
  "SITS_ALONGSIDE",
  "ALIGNS_WITH",
  "REPLACES",
  "REPRESENTS",
  "HOLDS_ROLE",
  "APPROVES",
  "ENDORSES",
  "CONSIDERS",
]);

/**
 * The layout of "Automatic": ELK. Measured with `npm run bench:render` (medians,
 * headless Chromium): dagre lays out 500 nodes faster (about 1.0 s against 1.7 s)
 * but 5,000 nodes slower (17 s against 9 s), and ELK's layers cross less.
 */
export const DEFAULT_LAYOUT: LayoutName = "elk";
