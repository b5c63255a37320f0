import type { ElementDefinition } from "cytoscape";
import { cssName, ORGANISATION_KIND_BORDERS } from "./palette.ts";

/**
 * How large each node is drawn, from its classes alone. The stylesheet
 * (style.ts) takes its widths, heights and borders from here, and a layout
 * that runs off screen sizes nodes with {@link nodeOuterSize} instead of
 * styling thousands of elements it will never draw: styling them was a fifth
 * of the time to lay out a 5,000-node view (bench/render).
 */

/** Boards, organisations, strategies and the other large bodies. */
export const NODE_BOX = { width: 156, height: 56 } as const;

/** Priorities, outcomes, people and roles: smaller, as the detail beneath a body. */
export const SMALL_NODE_BOX = { width: 140, height: 46 } as const;

/** Node labels drawn as {@link SMALL_NODE_BOX}, as class names. */
export const SMALL_NODE_CLASSES = ["priority", "outcome", "objective", "area-of-focus", "person", "role"].map((label) => `label-${label}`);

/** Every node's border, unless a rule below widens it. */
export const BASE_BORDER_WIDTH = 1.5;

/** An organisation of a kind with a border colour of its own has a wider border, so the colour can be seen. */
export const ORGANISATION_BORDER_WIDTH = 2.5;

/** The view states that widen the border, in stylesheet order: where several apply, the last wins. */
export const STATE_BORDER_WIDTHS: readonly (readonly [stateClass: string, width: number])[] = [
  ["path", 5],
  ["origin", 6],
  ["gap", 4],
  ["added", 5],
  ["ended", 5],
  ["last-evidenced", 3],
];

const organisationKindClasses = new Set(Object.keys(ORGANISATION_KIND_BORDERS).map((kind) => cssName("kind", kind)));
const smallClasses = new Set(SMALL_NODE_CLASSES);

/** A node definition's classes, however they were given. */
export function classesOf(element: Pick<ElementDefinition, "classes">): string[] {
  const classes = element.classes;
  if (Array.isArray(classes)) return classes;
  return classes ? classes.split(/\s+/).filter(Boolean) : [];
}

/**
 * A node's width and height as cytoscape measures them (outerWidth and
 * outerHeight: the box plus its border, half of it on each side), from its classes.
 */
export function nodeOuterSize(classes: readonly string[]): { w: number; h: number } {
  const has = new Set(classes);
  const box = classes.some((c) => smallClasses.has(c)) ? SMALL_NODE_BOX : NODE_BOX;
  let border = BASE_BORDER_WIDTH;
  if (has.has("label-organisation") && classes.some((c) => organisationKindClasses.has(c))) border = ORGANISATION_BORDER_WIDTH;
  for (const [state, width] of STATE_BORDER_WIDTHS) if (has.has(state)) border = width;
  return { w: box.width + border, h: box.height + border };
}
