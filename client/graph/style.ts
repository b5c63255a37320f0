import type { StylesheetStyle } from "cytoscape";
import { NODE_LABELS, REL_TYPES, type RelType } from "../../server/domain/model.ts";
import { BASE_BORDER_WIDTH, NODE_BOX, ORGANISATION_BORDER_WIDTH, SMALL_NODE_BOX, SMALL_NODE_CLASSES, STATE_BORDER_WIDTHS } from "./node-size.ts";
import {
  BOARD_KIND_LOOKS,
  cssName,
  DISPLAY_REL_LOOKS,
  LABEL_LOOKS,
  ORGANISATION_KIND_BORDERS,
  REL_LOOKS,
  STATE_COLOURS,
} from "./palette.ts";

// Element data the style reads: `name` (node text), and classes set by the
// element functions: `label-<label>`, `kind-<kind>`, `rel-<type>`, and the view
// states `path`, `gap`, `added`, `ended`, `dimmed`, `search-hit`, `kb-focus`.
//
// Detail that can only be seen close up (captions, arrowheads, curves, dashes
// and dots) is styled under the class `near`, which level-of-detail.ts gives
// every element when the diagram is zoomed in enough to see it (bench/render):
// - far out, arrowheads are specks and costly to fill, and dashes, set in model
//   pixels, become fractions of a screen pixel that cost two thirds of a
//   5,000-node diagram's first frame;
// - captions are then below min-zoomed-font-size and never drawn, yet
//   cytoscape measures each one for the first frame;
// - the rules are written for `near` rather than undone for `far`, because
//   cytoscape styles an element rule by rule and property by property, each
//   with its own checks: setting detail only to take it away again was a
//   sixth of that first frame.

const base: StylesheetStyle[] = [
  {
    selector: "node",
    style: {
      width: NODE_BOX.width,
      height: NODE_BOX.height,
      "border-width": BASE_BORDER_WIDTH,
    },
  },
  {
    selector: "node.near",
    style: {
      label: "data(caption)",
      "font-family": "system-ui, sans-serif",
      "font-size": 12,
      "text-wrap": "wrap",
      "text-max-width": "144px",
      "text-valign": "center",
      "text-halign": "center",
      "min-zoomed-font-size": 6,
    },
  },
  {
    // Far out, cytoscape's defaults: straight lines (haystack) with no arrowheads.
    selector: "edge",
    style: {
      width: 1,
      "line-color": "#aab7b8",
      "target-arrow-color": "#aab7b8",
    },
  },
  {
    selector: "edge.near",
    style: {
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
      "arrow-scale": 1.1,
      // Edge captions appear only close up, so a county-wide view stays legible.
      "font-size": 10,
      color: "#424949",
      "text-rotation": "autorotate",
      // Beside the line, not over it: a label box would hide the line it names.
      "text-margin-y": -7,
      "text-outline-color": "#fbfcfc",
      "text-outline-width": 2,
      "min-zoomed-font-size": 12,
    },
  },
];

const labelStyles: StylesheetStyle[] = NODE_LABELS.map((label) => {
  const look = LABEL_LOOKS[label];
  return {
    selector: `node.${cssName("label", label)}`,
    style: {
      shape: look.shape as never,
      "background-color": look.fill,
      color: look.text,
      "border-color": look.border,
      "border-style": look.borderStyle ?? "solid",
    },
  };
});

const smallLabels: StylesheetStyle[] = [
  { selector: SMALL_NODE_CLASSES.map((c) => `node.${c}`).join(", "), style: { width: SMALL_NODE_BOX.width, height: SMALL_NODE_BOX.height } },
  { selector: SMALL_NODE_CLASSES.map((c) => `node.near.${c}`).join(", "), style: { "font-size": 10, "text-max-width": "120px" } },
];

const boardKindStyles: StylesheetStyle[] = Object.entries(BOARD_KIND_LOOKS).map(([kind, look]) => ({
  selector: `node.label-board.${cssName("kind", kind)}`,
  style: {
    "background-color": look.fill,
    color: look.text,
    "border-color": look.border ?? "#17202a",
    "border-style": look.borderStyle ?? "solid",
    "font-weight": look.text === "#ffffff" ? "bold" : "normal",
  },
}));

const organisationKindStyles: StylesheetStyle[] = Object.entries(ORGANISATION_KIND_BORDERS).map(([kind, colour]) => ({
  selector: `node.label-organisation.${cssName("kind", kind)}`,
  style: { "border-color": colour, "border-width": ORGANISATION_BORDER_WIDTH },
}));

const relStyles: StylesheetStyle[] = [...REL_TYPES, ...Object.keys(DISPLAY_REL_LOOKS)].flatMap((type) => {
  const look = REL_LOOKS[type as RelType] ?? DISPLAY_REL_LOOKS[type]!;
  return [
    { selector: `edge.${cssName("rel", type)}`, style: { "line-color": look.color, "target-arrow-color": look.color, width: look.width } },
    { selector: `edge.near.${cssName("rel", type)}`, style: { "target-arrow-shape": look.arrow, "line-style": look.lineStyle, label: look.caption } },
  ];
});

/** A view state's border width (node-size.ts keeps them, so that layouts can size nodes without styling them). */
const stateBorder = (state: string): number => STATE_BORDER_WIDTHS.find(([name]) => name === state)![1];

// View states come last so that they win over kind and type.
const states: StylesheetStyle[] = [
  { selector: "node.path", style: { "border-color": STATE_COLOURS.path, "border-width": stateBorder("path") } },
  {
    selector: "edge.path",
    style: {
      "line-color": STATE_COLOURS.path,
      "target-arrow-color": STATE_COLOURS.path,
      width: 5,
      "z-index": 10,
    },
  },
  { selector: "node.origin", style: { "border-width": stateBorder("origin"), "border-style": "double" } },
  { selector: "node.gap", style: { "border-color": STATE_COLOURS.gap, "border-width": stateBorder("gap"), "border-style": "dashed" } },
  { selector: "node.added", style: { "border-color": STATE_COLOURS.added, "border-width": stateBorder("added") } },
  { selector: "edge.added", style: { "line-color": STATE_COLOURS.added, "target-arrow-color": STATE_COLOURS.added, width: 4 } },
  { selector: "node.ended", style: { "border-color": STATE_COLOURS.ended, "border-width": stateBorder("ended"), "border-style": "dashed" } },
  { selector: "edge.ended", style: { "line-color": STATE_COLOURS.ended, "target-arrow-color": STATE_COLOURS.ended, width: 4 } },
  { selector: "edge.near.ended", style: { "line-style": "dashed" } },
  { selector: ".unchanged", style: { opacity: 0.45 } },
  // A body or line a newer description of the area no longer names: faded and dotted, its caption says since when.
  { selector: "node.last-evidenced", style: { opacity: 0.5, "border-style": "dotted", "border-width": stateBorder("last-evidenced"), "font-style": "italic" } },
  { selector: "edge.last-evidenced", style: { opacity: 0.45 } },
  { selector: "edge.near.last-evidenced", style: { "line-style": "dotted" } },
  {
    selector: "node.search-hit",
    style: { "underlay-color": STATE_COLOURS.focus, "underlay-opacity": 0.6, "underlay-padding": 8 },
  },
  {
    selector: "node:selected",
    style: { "overlay-color": "#17202a", "overlay-opacity": 0.12, "border-width": 4, "border-color": "#17202a" },
  },
  // Fading wins over every highlight: it is how one route is picked out from the others.
  { selector: ".dimmed", style: { opacity: 0.18 } },
  {
    selector: "node.kb-focus",
    style: { "outline-width": 4, "outline-color": STATE_COLOURS.focus, "outline-offset": 3 } as never,
  },
];

/** The one stylesheet of every diagram view. */
export const graphStyle: StylesheetStyle[] = [
  ...base,
  ...labelStyles,
  ...smallLabels,
  ...boardKindStyles,
  ...organisationKindStyles,
  ...relStyles,
  ...states,
];
