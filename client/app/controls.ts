import type { AppStartQuery } from "../generated/graphql.ts";
import type { Diagram } from "../ui/diagram.ts";
import { byId, formatDate, h, replaceChildren } from "../ui/dom.ts";
import { download, fileName } from "../ui/download.ts";
import type { Notices } from "../ui/notices.ts";
import { LINE_GROUP_KEYS, LINE_GROUPS } from "./line-groups.ts";
import type { Resolved } from "./load-views.ts";
import { isCalendarDate, type LayoutChoice, type ViewState } from "./view-state.ts";

/** What the toolbar needs from the page. */
export interface ControlsOptions {
  navigate(patch: Partial<ViewState>, how?: "push" | "replace"): void;
  current(): ViewState;
  diagram: Diagram;
  notices: Notices;
  caption(): string;
  render(): void;
}

const date = (input: HTMLInputElement) => (isCalendarDate(input.value) ? input.value : null);

/** Wires every control of the toolbar to the view state. */
export function bindControls(options: ControlsOptions): void {
  const { navigate, current, diagram, notices } = options;
  byId<HTMLSelectElement>("area-select").addEventListener("change", (e) => {
    const value = (e.target as HTMLSelectElement).value;
    navigate({ area: value || null, mode: current().mode === "trace" ? "explore" : current().mode });
  });
  byId<HTMLInputElement>("as-of").addEventListener("change", (e) => {
    const value = date(e.target as HTMLInputElement);
    if (value) navigate({ asOf: value, allDates: false });
  });
  byId<HTMLInputElement>("all-dates").addEventListener("change", (e) => navigate({ allDates: (e.target as HTMLInputElement).checked }));
  byId("view-diagram").addEventListener("click", () => navigate({ view: "diagram" }));
  byId("view-table").addEventListener("click", () => navigate({ view: "table" }));
  byId("compare-toggle").addEventListener("click", () => navigate({ mode: current().mode === "compare" ? "explore" : "compare" }));
  byId<HTMLInputElement>("compare-from").addEventListener("change", (e) => navigate({ from: date(e.target as HTMLInputElement), mode: "compare" }));
  byId<HTMLInputElement>("compare-to").addEventListener("change", (e) => navigate({ to: date(e.target as HTMLInputElement), mode: "compare" }));
  byId<HTMLSelectElement>("layout-select").addEventListener("change", (e) => navigate({ layout: (e.target as HTMLSelectElement).value as LayoutChoice }));
  byId("zoom-in").addEventListener("click", () => diagram.zoomBy(1.25));
  byId("zoom-out").addEventListener("click", () => diagram.zoomBy(0.8));
  byId("zoom-fit").addEventListener("click", () => diagram.fit());
  byId("help-button").addEventListener("click", () => byId<HTMLDialogElement>("help-dialog").showModal());

  const filters = byId("line-filters");
  for (const key of LINE_GROUP_KEYS) {
    const box = h("input", { type: "checkbox", name: "lines", value: key, id: `lines-${key}` });
    box.addEventListener("change", () => {
      const chosen = [...filters.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value);
      navigate({ lines: LINE_GROUP_KEYS.filter((k) => chosen.includes(k)) });
    });
    filters.append(h("label", { for: `lines-${key}` }, box, LINE_GROUPS[key].caption));
  }

  const stem = () => {
    const s = current();
    return [s.mode === "explore" ? null : s.mode, s.area ?? s.node, s.mode === "compare" ? `${s.from ?? ""}-${s.to ?? ""}` : s.allDates ? "all-dates" : s.asOf];
  };
  byId("export-png").addEventListener("click", () => {
    try {
      download(fileName(stem(), "png"), diagram.png());
      notices.status(`Saved the diagram as a PNG image (${options.caption()}).`);
    } catch (error) {
      notices.error(error);
    }
  });
  byId("export-svg").addEventListener("click", async () => {
    try {
      download(fileName(stem(), "svg"), new Blob([await diagram.svg()], { type: "image/svg+xml" }));
      notices.status(`Saved the diagram as an SVG drawing (${options.caption()}).`);
    } catch (error) {
      notices.error(error);
    }
  });
  byId("copy-link").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      notices.status("Link copied: it opens this same view.");
    } catch {
      notices.info(`Copy this link to share the view: ${window.location.href}`);
    }
  });
}

/** Puts the state into the controls, so that what they show is what is drawn. */
export function syncControls(state: ViewState, resolved: Resolved, start: AppStartQuery): void {
  const areaSelect = byId<HTMLSelectElement>("area-select");
  const group = (label: string, kinds: (string | null)[]) => {
    const areas = start.areas.filter((a) => kinds.includes(a.kind)).sort((a, b) => a.name.localeCompare(b.name));
    return areas.length ? h("optgroup", { label }, areas.map((a) => h("option", { value: a.id }, a.name))) : null;
  };
  replaceChildren(
    areaSelect,
    state.node && !state.area ? h("option", { value: "" }, "Around the selected body") : null,
    group("Councils", ["COUNTY", "UNITARY_AUTHORITY"]),
    group("Localities and districts", ["LOCALITY", "DISTRICT", null]),
  );
  areaSelect.value = resolved.area ?? "";

  const asOf = byId<HTMLInputElement>("as-of");
  asOf.value = resolved.asOf ?? "";
  asOf.disabled = state.allDates || state.mode === "compare";
  byId<HTMLInputElement>("all-dates").checked = state.allDates;
  // One quick pick per year: the newest document of that year.
  const byYear = new Map<string, string>();
  for (const d of [...start.documents.map((doc) => doc.date)].sort()) byYear.set(d.slice(0, 4), d);
  const picks = [...byYear.values()];
  replaceChildren(
    byId("date-picks"),
    picks.map((d) =>
      h("button", { type: "button", title: `Source document of ${formatDate(d)}`, "aria-pressed": String(d === resolved.asOf), onclick: () => pick(d) }, d.slice(0, 4)),
    ),
  );
  function pick(d: string) {
    asOf.value = d;
    asOf.dispatchEvent(new Event("change"));
  }

  byId("view-diagram").setAttribute("aria-pressed", String(state.view === "diagram"));
  byId("view-table").setAttribute("aria-pressed", String(state.view === "table"));
  byId("compare-toggle").setAttribute("aria-pressed", String(state.mode === "compare"));
  byId<HTMLInputElement>("compare-from").value = resolved.from;
  byId<HTMLInputElement>("compare-to").value = resolved.to;
  byId<HTMLSelectElement>("layout-select").value = state.layout;
  for (const box of byId("line-filters").querySelectorAll<HTMLInputElement>("input")) box.checked = state.lines.includes(box.value as never);

  const banner = byId("mode-banner");
  const words: Partial<Record<ViewState["mode"], string>> = {
    trace: "Tracing oversight: every route to the top is highlighted in orange; gaps have a dashed red border.",
    compare: `Comparing ${formatDate(resolved.from)} with ${formatDate(resolved.to)}: green added, red dashed ended, faded unchanged.`,
  };
  banner.hidden = !words[state.mode];
  banner.textContent = words[state.mode] ?? "";
}
