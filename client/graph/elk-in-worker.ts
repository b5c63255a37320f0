import elkApi, { type ELK, type ELKConstructorArguments } from "elkjs/lib/elk-api.js";
import elkWorkerUrl from "elkjs/lib/elk-worker.min.js?url";
import type { LayoutGraph } from "./layout-graph.ts";

/** A node's centre, as cytoscape places it. */
export interface Point {
  x: number;
  y: number;
}

/** ELK layout options, as names and values (elk.direction, elk.spacing.nodeNode, ...). */
export type ElkOptions = Record<string, string | number | boolean>;

/** Lays a layout graph out with ELK and resolves with each node's centre. */
export type ElkRunner = (graph: LayoutGraph, options: ElkOptions) => Promise<Map<string, Point>>;

// elk-api is CommonJS: the class is the module itself under Vite, its `default` under Node's interop types.
type ElkClass = new (args: ELKConstructorArguments) => ELK;
const ElkApi = ((elkApi as unknown as { default?: ElkClass }).default ?? elkApi) as unknown as ElkClass;
let elk: ELK | undefined;

/** True where a web worker can be started (a browser); elsewhere (headless tests) the cytoscape extension runs ELK in place. */
export const canUseElkWorker = (): boolean => typeof Worker !== "undefined" && typeof window !== "undefined";

function elkWorker(): ELK {
  elk ??= new ElkApi({ workerUrl: elkWorkerUrl });
  return elk;
}

/** Starts the worker (loading and compiling ELK takes a while) so that it is ready by the time an answer arrives. */
export function warmElkWorker(): void {
  if (canUseElkWorker()) elkWorker();
}

/** Runs a graph through an ELK instance, wherever it runs. ELK gives each node's top-left corner; cytoscape places centres. */
export async function elkPositions(instance: ELK, graph: LayoutGraph, layoutOptions: ElkOptions): Promise<Map<string, Point>> {
  const options = Object.fromEntries(Object.entries(layoutOptions).map(([key, value]) => [key, String(value)]));
  const children = graph.nodes.map((node) => ({ id: node.id, width: node.w, height: node.h }));
  const edges = graph.lines.map((line) => ({ id: line.id, sources: [line.source], targets: [line.target] }));
  const laid = await instance.layout({ id: "root", layoutOptions: options, children, edges });
  const sizes = new Map(graph.nodes.map((node) => [node.id, node]));
  const positions = new Map<string, Point>();
  for (const child of laid.children ?? []) {
    const size = sizes.get(child.id)!;
    positions.set(child.id, { x: (child.x ?? 0) + size.w / 2, y: (child.y ?? 0) + size.h / 2 });
  }
  return positions;
}

/**
 * Runs ELK in a web worker. The cytoscape extension runs ELK on the main
 * thread, which froze the page for seconds at 5,000 nodes (bench/render);
 * here the page keeps answering while ELK works.
 */
export const elkPositionsInWorker: ElkRunner = (graph, options) => elkPositions(elkWorker(), graph, options);
