import type { Diagram } from "../ui/diagram.ts";
import { byId } from "../ui/dom.ts";
import type { Panels } from "./panels.ts";
import type { ViewState } from "./view-state.ts";

/** What the shortcuts act on. */
export interface KeyboardOptions {
  navigate(patch: Partial<ViewState>): void;
  current(): ViewState;
  diagram: Diagram;
  panels: Panels;
  focusSearch(): void;
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName);
}

/** Page-wide shortcuts (listed in the Keys dialog); none fires while the user types in a field. */
export function bindKeyboard(options: KeyboardOptions): void {
  const { navigate, current, diagram } = options;
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") {
      if (typing(event.target) || byId<HTMLDialogElement>("help-dialog").open) return;
      const state = current();
      if (state.mode === "report") navigate({ mode: "explore" });
      else if (state.mode === "compare" && !state.node) navigate({ mode: "explore" });
      else options.panels.closePanel();
      return;
    }
    if (typing(event.target)) return;
    const selected = current().node ? diagram.cy.$id(current().node!) : null;
    const label = selected?.nonempty() ? selected.data("nodeLabel") : null;
    const handlers: Record<string, () => void> = {
      "/": options.focusSearch,
      "?": () => byId<HTMLDialogElement>("help-dialog").showModal(),
      t: () => navigate({ view: current().view === "diagram" ? "table" : "diagram" }),
      f: () => diagram.fit(),
      "+": () => diagram.zoomBy(1.25),
      "=": () => diagram.zoomBy(1.25),
      "-": () => diagram.zoomBy(0.8),
      o: () => {
        if (label === "Strategy") navigate({ mode: "trace" });
      },
      h: () => {
        if (label === "Board") navigate({ mode: "health" });
      },
    };
    const handler = handlers[event.key.toLowerCase()] ?? handlers[event.key];
    if (handler) {
      event.preventDefault();
      handler();
    }
  });
}
