import { DEFAULT_LINE_GROUPS, LINE_GROUP_KEYS, type LineGroup } from "./line-groups.ts";

export const MODES = ["explore", "trace", "health", "compare", "report"] as const;
export type Mode = (typeof MODES)[number];
export const VIEWS = ["diagram", "table"] as const;
export type ViewKind = (typeof VIEWS)[number];
export const LAYOUT_CHOICES = ["auto", "elk", "dagre"] as const;
export type LayoutChoice = (typeof LAYOUT_CHOICES)[number];

/** Everything a link must hold to reproduce what the user sees. */
export interface ViewState {
  /** Area id (with its sub-areas); null: around the selected node only. */
  area: string | null;
  /** The structure as it stood on this date; null: the newest source document's date. */
  asOf: string | null;
  /** Everything, whatever its dates (the API's asOf left out). */
  allDates: boolean;
  /** The selected node, whose panel is open. */
  node: string | null;
  mode: Mode;
  /** Compare mode: the earlier and the later date. */
  from: string | null;
  to: string | null;
  lines: LineGroup[];
  view: ViewKind;
  layout: LayoutChoice;
}

export const DEFAULT_STATE: ViewState = {
  area: null,
  asOf: null,
  allDates: false,
  node: null,
  mode: "explore",
  from: null,
  to: null,
  lines: [...DEFAULT_LINE_GROUPS],
  view: "diagram",
  layout: "auto",
};

/** A state read from a link, with a sentence for each part of the link that was not understood. */
export interface ParsedState {
  state: ViewState;
  problems: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for an ISO date that exists on the calendar (2016-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Reads the view state from a query string (`?area=area-essex&asOf=2011-10-01...`). */
export function parseViewState(search: string): ParsedState {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const state: ViewState = { ...DEFAULT_STATE, lines: [...DEFAULT_STATE.lines] };
  const text = (key: string) => {
    const value = params.get(key)?.trim();
    return value ? value : null;
  };
  const date = (key: string, what: string) => {
    const value = text(key);
    if (value === null) return null;
    if (isCalendarDate(value)) return value;
    problems.push(`The link's ${what} "${value}" is not a date in the form YYYY-MM-DD, so it was left out.`);
    return null;
  };
  const choice = <T extends string>(key: string, allowed: readonly T[], fallback: T, what: string): T => {
    const value = text(key);
    if (value === null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`The link asks for ${what} "${value}", which this page does not have; showing ${fallback} instead.`);
    return fallback;
  };

  state.area = text("area");
  state.node = text("node");
  if (text("asOf") === "all") state.allDates = true;
  else state.asOf = date("asOf", "date");
  state.from = date("from", "earlier date");
  state.to = date("to", "later date");
  state.mode = choice("mode", MODES, "explore", "the mode");
  state.view = choice("view", VIEWS, "diagram", "the view");
  state.layout = choice("layout", LAYOUT_CHOICES, "auto", "the layout");
  const lines = params.get("lines");
  if (lines !== null) {
    const asked = lines.split(",").filter(Boolean);
    const unknown = asked.filter((group) => !(LINE_GROUP_KEYS as string[]).includes(group));
    if (unknown.length > 0) problems.push(`The link names line types this page does not know (${unknown.join(", ")}); they were left out.`);
    state.lines = LINE_GROUP_KEYS.filter((group) => asked.includes(group));
  }
  if ((state.mode === "trace" || state.mode === "health" || state.mode === "report") && !state.node) {
    problems.push(`The link asks for the ${state.mode} view but names no body or strategy; showing the diagram.`);
    state.mode = "explore";
  }
  return { state, problems };
}

/** Writes the state as a query string, leaving out whatever has its default value, in a fixed order. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.area) params.set("area", state.area);
  if (state.allDates) params.set("asOf", "all");
  else if (state.asOf) params.set("asOf", state.asOf);
  if (state.node) params.set("node", state.node);
  if (state.mode !== DEFAULT_STATE.mode) params.set("mode", state.mode);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  const lines = LINE_GROUP_KEYS.filter((group) => state.lines.includes(group));
  if (lines.join(",") !== DEFAULT_STATE.lines.join(",")) params.set("lines", lines.join(","));
  if (state.view !== DEFAULT_STATE.view) params.set("view", state.view);
  if (state.layout !== DEFAULT_STATE.layout) params.set("layout", state.layout);
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `?${query}` : "";
}
