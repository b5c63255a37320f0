import type { GraphqlClient } from "../api/graphql-client.ts";
import { ApiError } from "../api/graphql-client.ts";
import type { Diagram } from "../ui/diagram.ts";
import { type Child, byId, h, replaceChildren } from "../ui/dom.ts";
import { type BoardStatus, entityPanel } from "../ui/entity-panel.ts";
import { healthSections } from "../ui/health-sections.ts";
import type { Notices } from "../ui/notices.ts";
import type { PanelContext } from "../ui/panel-parts.ts";
import { reportView } from "../ui/report-view.ts";
import { tracePanel } from "../ui/trace-panel.ts";
import { comparePanel } from "../ui/compare-panel.ts";
import { entityPanelModel } from "./entity-panel-model.ts";
import { type LoadedDiagram, loadBoardStatus, loadNeighbourhood, type Resolved } from "./load-views.ts";
import type { ViewState } from "./view-state.ts";

/** What the panels need from the page. */
export interface PanelsOptions {
  client: GraphqlClient;
  notices: Notices;
  context: PanelContext;
  diagram: Diagram;
  navigate(patch: Partial<ViewState>): void;
  current(): ViewState;
  resolved(): Resolved;
  /** Controls the signed-in user gets in a node's panel (edit, history); none when anonymous. */
  extras?(entity: { id: string; name: string; label: string; areaId: string | null }): { actions: Child; sections: Child };
}

const today = () => new Date().toISOString().slice(0, 10);

/** The side panel (node details, trace, health check, comparison) and the printable report. */
export function createPanels(options: PanelsOptions) {
  const { client, notices, context } = options;
  const aside = byId("side-panel");
  const body = byId("panel-body");
  const main = byId("main");
  let shownKey = "";
  let ticket = 0;

  const open = (children: Child[], forceWide = false) => {
    replaceChildren(body, children);
    aside.setAttribute("aria-labelledby", body.querySelector("h2")?.id || "panel-title");
    const wide = forceWide || options.current().mode === "health";
    if (wide !== main.classList.contains("wide-panel")) {
      main.classList.toggle("wide-panel", wide);
      options.diagram.resize();
      options.diagram.fit();
    }
    aside.hidden = false;
    main.classList.add("with-panel");
    options.diagram.resize();
  };
  const hide = () => {
    aside.hidden = true;
    main.classList.remove("with-panel");
    shownKey = "";
    options.diagram.resize();
  };
  const words = (error: unknown) => (error instanceof ApiError ? error.userMessage : "This part could not be loaded.");
  const actions = {
    trace: (id: string) => options.navigate({ node: id, mode: "trace" }),
    healthCheck: (id: string) => options.navigate({ node: id, mode: "health" }),
    report: (id: string) => options.navigate({ node: id, mode: "report" }),
    centre: (id: string) => options.navigate({ node: id, area: null, mode: "explore" }),
  };
  byId("panel-close").addEventListener("click", () => closePanel());

  function closePanel(): void {
    const state = options.current();
    if (state.mode === "trace" || state.mode === "health") options.navigate({ mode: "explore" });
    else if (state.node) options.navigate({ node: null });
    else hide();
  }

  async function entity(id: string, resolved: Resolved): Promise<void> {
    const mine = ++ticket;
    const data = await loadNeighbourhood(client, id, resolved.asOf);
    if (mine !== ticket) return;
    if (!data.entity) {
      open([h("h2", { id: "panel-title" }, "Not found"), h("p", {}, "Nothing with this id is recorded. The link may be out of date: search for the body by name.")]);
      return;
    }
    const found = data.entity;
    const model = entityPanelModel(id, data.around);
    const extra = options.extras?.(found);
    const draw = (status: BoardStatus | "loading" | null) => open(entityPanel(context, found, model, actions, status, extra));
    if (found.label !== "Board") return draw(null);
    draw("loading");
    try {
      const status = await loadBoardStatus(client, id, resolved.asOf ?? today(), found.areaId);
      if (mine === ticket) draw(status);
    } catch (error) {
      if (mine === ticket) draw({ health: null, terms: null, problem: words(error) });
    }
  }

  async function health(id: string, resolved: Resolved): Promise<void> {
    const mine = ++ticket;
    open([h("p", {}, "Loading the health check…")]);
    const status = await loadBoardStatus(client, id, resolved.asOf ?? today(), null);
    if (mine !== ticket) return;
    open([
      h("h2", { id: "panel-title" }, `Health check: ${status.health.board.name}`),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "button", class: "primary", onclick: () => actions.report(id) }, "Printable report"),
        h("button", { type: "button", onclick: () => options.navigate({ mode: "explore" }) }, "Back to the details"),
      ),
      healthSections(context, status.health),
    ]);
  }

  return {
    closePanel,
    /** Shows a form or a page in the panel; the next show() loads the state's own panel again. */
    page(children: Child[], wide = false): void {
      shownKey = "";
      ++ticket;
      open(children, wide);
      body.querySelector<HTMLElement>("h2")?.setAttribute("tabindex", "-1");
      body.querySelector<HTMLElement>("h2")?.focus();
    },
    /** Forgets what is shown, so that the next show() loads it afresh (after a save). */
    forget(): void {
      shownKey = "";
    },
    /** Makes room for the panel a state will show before the diagram is drawn, so the diagram fits beside it. */
    prepare(state: ViewState, willShowPanel: boolean): void {
      const wanted = willShowPanel && state.mode !== "report";
      main.classList.toggle("wide-panel", state.mode === "health");
      if (wanted !== main.classList.contains("with-panel")) {
        main.classList.toggle("with-panel", wanted);
        aside.hidden = !wanted;
        options.diagram.resize();
      }
    },
    /** Shows the panel the state asks for, loading it unless it is already shown. */
    async show(loaded: LoadedDiagram | null): Promise<void> {
      const state = options.current();
      const resolved = options.resolved();
      const key = JSON.stringify([state.mode, state.node, resolved, loaded?.caption]);
      if (key === shownKey) return;
      shownKey = key;
      try {
        if (state.mode === "trace" && loaded?.chain) {
          open(tracePanel(context, loaded.chain, { emphasise: (i) => options.diagram.emphasiseRoute(i), close: () => options.navigate({ mode: "explore" }) }));
        } else if (state.mode === "health" && state.node) await health(state.node, resolved);
        else if (state.node && state.mode !== "trace") await entity(state.node, resolved);
        else if (state.mode === "compare" && loaded?.diff) open(comparePanel(context, loaded.diff, () => options.navigate({ mode: "explore" })));
        else hide();
      } catch (error) {
        shownKey = "";
        open([h("h2", { id: "panel-title" }, "Could not load the details"), h("p", {}, words(error))]);
        notices.error(error);
      }
    },
    /** Fills the printable report of a board. */
    async report(id: string, resolved: Resolved): Promise<void> {
      const target = byId("report");
      target.hidden = false;
      replaceChildren(target, h("p", {}, "Preparing the report…"));
      const asOf = resolved.asOf ?? today();
      const back = () => options.navigate({ mode: "explore" });
      try {
        const [neighbourhood, status] = await Promise.all([loadNeighbourhood(client, id, resolved.asOf), loadBoardStatus(client, id, asOf, null)]);
        const board = neighbourhood.entity ?? status.health.board;
        replaceChildren(target, reportView(context, { board, asOf, terms: status.terms, health: status.health, problems: [] }, { back }));
        document.title = `${board.name} — governance review`;
      } catch (error) {
        replaceChildren(target, h("div", { class: "report-actions" }, h("button", { type: "button", onclick: back }, "← Back to the diagram")), h("p", { class: "notice" }, words(error)));
      }
    },
    hideReport(): void {
      byId("report").hidden = true;
      document.title = "Governance graph";
    },
  };
}

export type Panels = ReturnType<typeof createPanels>;
