import type { Resolved } from "./load-views.ts";
import type { ViewState } from "./view-state.ts";

/** What the client knows before it draws: the documents' dates and the areas. */
export interface StartData {
  documents: readonly { date: string }[];
  areas: readonly { id: string; name: string; kind: string | null }[];
}

const TOP_AREAS = ["COUNTY", "UNITARY_AUTHORITY"];

/** The area drawn when a link names none: the first county or unitary authority by name. */
export function defaultArea(areas: StartData["areas"]): string | null {
  const tops = areas.filter((a) => a.kind && TOP_AREAS.includes(a.kind)).sort((a, b) => a.name.localeCompare(b.name));
  return tops[0]?.id ?? areas[0]?.id ?? null;
}

/**
 * Applies the defaults to a view: the date is the newest source document's
 * (the latest picture the documents give), the area the default one unless a
 * node is drawn around, and a comparison runs from the newest earlier year's
 * document to the newest document.
 */
export function resolveView(state: ViewState, start: StartData): Resolved {
  const dates = [...new Set(start.documents.map((d) => d.date))].sort();
  const latest = dates.at(-1) ?? null;
  const asOf = state.allDates ? null : (state.asOf ?? latest);
  const needsArea = state.mode === "compare" || !state.node;
  const area = state.area ?? (needsArea ? defaultArea(start.areas) : null);
  const to = state.to ?? latest ?? new Date().toISOString().slice(0, 10);
  const earlier = dates.filter((d) => d.slice(0, 4) < to.slice(0, 4));
  const from = state.from ?? earlier.at(-1) ?? dates[0] ?? to;
  return { asOf, area, areaName: start.areas.find((a) => a.id === area)?.name ?? area ?? "", from, to };
}
