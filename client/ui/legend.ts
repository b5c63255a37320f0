import type { ElementDefinition } from "cytoscape";
import type { NodeLabel, RelType } from "../../server/domain/model.ts";
import type { EdgeData, NodeData } from "../graph/elements/element-data.ts";
import { BOARD_KIND_LOOKS, DISPLAY_REL_LOOKS, type EdgeLook, LABEL_LOOKS, REL_LOOKS, STATE_COLOURS } from "../graph/palette.ts";
import { h, replaceChildren } from "./dom.ts";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag: string, attributes: Record<string, string | number>, ...children: SVGElement[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  element.append(...children);
  return element;
}

function nodeSwatch(fill: string, border: string, dashed = false): SVGElement {
  return svg(
    "svg",
    { width: 22, height: 14, "aria-hidden": "true" },
    svg("rect", { x: 1, y: 1, width: 20, height: 12, rx: 3, fill, stroke: border, "stroke-width": 1.5, ...(dashed ? { "stroke-dasharray": "3 2" } : {}) }),
  );
}

function lineSwatch(look: Pick<EdgeLook, "color" | "width" | "lineStyle" | "arrow">): SVGElement {
  const dash = look.lineStyle === "dashed" ? "6 3" : look.lineStyle === "dotted" ? "1.5 3" : "";
  // Drawn pointing up, as every upward line in the diagram does.
  return svg(
    "svg",
    { width: 22, height: 22, "aria-hidden": "true" },
    svg("line", { x1: 11, y1: 21, x2: 11, y2: look.arrow === "none" ? 1 : 7, stroke: look.color, "stroke-width": Math.max(1.5, look.width), ...(dash ? { "stroke-dasharray": dash } : {}) }),
    ...(look.arrow === "none" ? [] : [svg("path", { d: "M5 8 L11 1 L17 8 Z", fill: look.color })]),
  );
}

/** Fills the legend with the shapes, colours and lines the current diagram uses, and no others. */
export function renderLegend(target: HTMLElement, elements: readonly ElementDefinition[]): void {
  const labels = new Set<string>();
  const kinds = new Set<string>();
  const types = new Set<string>();
  const states = new Set<string>();
  for (const element of elements) {
    const classes = Array.isArray(element.classes) ? element.classes : [];
    for (const state of ["path", "gap", "added", "ended", "last-evidenced"]) if (classes.includes(state)) states.add(state);
    if ("source" in element.data) types.add((element.data as EdgeData).relType);
    else {
      const data = element.data as NodeData;
      if (data.nodeLabel === "Board" && data.kind && BOARD_KIND_LOOKS[data.kind]) kinds.add(data.kind);
      else labels.add(data.nodeLabel);
    }
  }
  const bodies = [
    ...[...kinds].sort().map((kind) => {
      const look = BOARD_KIND_LOOKS[kind]!;
      return h("li", {}, nodeSwatch(look.fill, look.border ?? "#17202a", look.borderStyle === "dashed"), look.caption);
    }),
    ...[...labels].sort().flatMap((label) => {
      const look = LABEL_LOOKS[label as NodeLabel];
      return look ? [h("li", {}, nodeSwatch(look.fill, look.border, look.borderStyle === "dashed"), look.caption)] : [];
    }),
  ];
  const lines = [...types].sort().flatMap((type) => {
    const look = REL_LOOKS[type as RelType] ?? DISPLAY_REL_LOOKS[type];
    return look ? [h("li", {}, lineSwatch(look), look.caption)] : [];
  });
  const stateWords: Record<string, [string, string]> = {
    path: [STATE_COLOURS.path, "on an oversight route"],
    gap: [STATE_COLOURS.gap, "gap (dashed red border)"],
    added: [STATE_COLOURS.added, "added between the dates"],
    ended: [STATE_COLOURS.ended, "ended between the dates (dashed)"],
    "last-evidenced": ["#aab7b8", "faded: a newer description of the area no longer names it (last evidenced <year>)"],
  };
  const highlights = [...states].map((state) => h("li", {}, nodeSwatch("#ffffff", stateWords[state]![0], state === "gap" || state === "ended"), stateWords[state]![1]));
  replaceChildren(
    target,
    bodies.length ? h("div", {}, h("h3", {}, "Bodies:"), h("ul", {}, bodies)) : h("p", {}, "Nothing drawn."),
    lines.length ? h("div", {}, h("h3", {}, "Lines, pointing upward:"), h("ul", {}, lines)) : null,
    highlights.length ? h("div", {}, h("h3", {}, "Highlights:"), h("ul", {}, highlights)) : null,
  );
}
