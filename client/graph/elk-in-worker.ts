import type { Collection } from "cytoscape";
import elkApi, { type ELK, type ELKConstructorArguments } from "elkjs/lib/elk-api.js";
import elkWorkerUrl from "elkjs/lib/elk-worker.min.js?url";
import { nodeOuterSize } from "./node-size.ts";

/** A node's centre, as cytoscape places it. */
export interface Point {
  x: number;
  y: number;
}

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

/**
 * Runs ELK in a web worker and resolves with each node's centre. The cytoscape
 * extension runs ELK on the main thread, which froze the page for seconds at
 * 5,000 nodes (bench/render); here the page keeps answering while ELK works.
 */
export async function elkPositionsInWorker(elements: Collection, layoutOptions: Record<string, string | number | boolean>): Promise<Map<string, Point>> {
  const nodes = elements.nodes();
  const sizes = new Map<string, { w: number; h: number }>();
  const children = nodes.map((node) => {
    // From the classes: the elements laid out here are never styled (node-size.ts).
    const { w, h } = nodeOuterSize(node.classes());
    sizes.set(node.id(), { w, h });
    return { id: node.id(), width: w, height: h };
  });
  const edges = elements.edges().map((edge) => ({ id: edge.id(), sources: [edge.data("source") as string], targets: [edge.data("target") as string] }));
  const options = Object.fromEntries(Object.entries(layoutOptions).map(([key, value]) => [key, String(value)]));
  const graph = await elkWorker().layout({ id: "root", layoutOptions: options, children, edges });
  const positions = new Map<string, Point>();
  // ELK gives the top-left corner; cytoscape places the centre.
  for (const child of graph.children ?? []) {
    const size = sizes.get(child.id)!;
    positions.set(child.id, { x: (child.x ?? 0) + size.w / 2, y: (child.y ?? 0) + size.h / 2 });
  }
  return positions;
}
