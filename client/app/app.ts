import { ApiError, createGraphqlClient } from "../api/graphql-client.ts";
import { AppStartDocument, type AppStartQuery } from "../generated/graphql.ts";
import { DEFAULT_LAYOUT } from "../graph/layouts.ts";
import { byId, formatDate, h, replaceChildren } from "../ui/dom.ts";
import { createDiagram } from "../ui/diagram.ts";
import { renderLegend } from "../ui/legend.ts";
import { createNotices } from "../ui/notices.ts";
import type { PanelContext } from "../ui/panel-parts.ts";
import { createSearchBox } from "../ui/search-box.ts";
import { renderTableView } from "../ui/table-view.ts";
import { bindControls, syncControls } from "./controls.ts";
import { bindKeyboard } from "./keyboard.ts";
import { type LoadedDiagram, loadDiagram, type Resolved } from "./load-views.ts";
import { accountBar } from "../ui/account-bar.ts";
import { createAdminPages } from "./admin.ts";
import { createEditing, signInHref } from "./editing.ts";
import { createPanels } from "./panels.ts";
import { resolveView } from "./resolve-view.ts";
import { tableModel } from "./table-model.ts";
import { parseViewState, serialiseViewState, type ViewState } from "./view-state.ts";
import { bindModernGovSync } from "./moderngov-sync.ts";

/** Starts the client: reads the view from the URL, loads what it needs, keeps the URL in step with the view. */
export async function startApp(): Promise<void> {
  const client = createGraphqlClient();
  const notices = createNotices();
  const parsed = parseViewState(window.location.search);
  for (const problem of parsed.problems) notices.info(problem);
  let state: ViewState = parsed.state;
  let start: AppStartQuery = { documents: [], areas: [] };
  let loaded: LoadedDiagram | null = null;
  let diagramKey = "";
  let ticket = 0;

  const context: PanelContext = {
    open: (id) => navigate({ node: id, mode: state.mode === "compare" ? "compare" : "explore" }),
    href: (id) => `${window.location.pathname}${serialiseViewState({ ...state, node: id, mode: state.mode === "compare" ? "compare" : "explore" })}`,
    // An editor's own statement cites no document: its section says who stated it and when.
    documentTitle: (file) => (file === "statement" ? "Statement" : (start.documents.find((d) => d.file === file)?.title ?? file)),
    areaName: (id) => (id ? (start.areas.find((a) => a.id === id)?.name ?? "") : ""),
  };
  const diagram = createDiagram({ container: byId("diagram"), announcer: byId("diagram-focus"), onOpen: (id) => context.open(id) });
  const editing = createEditing({
    client,
    notices,
    documents: () => start.documents.map((d) => [d.file, `${d.title} (${formatDate(d.date)})`] as const),
    areas: () => start.areas.map((a) => [a.id, a.name] as const),
    show: (children, wide) => panels.page(children, wide),
    saved: async (id) => {
      panels.forget();
      if (state.node === id) await render(true);
      else await navigate({ node: id, area: null, mode: "explore" });
      diagram.reveal(id);
    },
    close: (id) => {
      panels.forget();
      if (id && state.node === id) void render();
      else void navigate({ node: id });
    },
  });
  const admin = createAdminPages(client, (children, wide) => panels.page(children, wide), { all: () => start.areas, current: () => state.area ?? null });
  const panels = createPanels({
    client,
    notices,
    context,
    diagram,
    navigate: (patch) => navigate(patch),
    current: () => state,
    resolved: () => resolveView(state, start),
    extras: (entity) => editing.panelExtras(entity),
  });
  const search = createSearchBox({
    client,
    notices,
    areaName: context.areaName,
    onPick: async (hit) => {
      const inView = diagram.cy.$id(hit.id).nonempty() && state.mode !== "trace";
      await navigate(inView ? { node: hit.id } : { node: hit.id, area: null, mode: "explore" });
      diagram.reveal(hit.id);
    },
  });

  function navigate(patch: Partial<ViewState>, how: "push" | "replace" = "push"): Promise<void> {
    // A message about the view the user has just left would only confuse the next one.
    notices.clear();
    state = { ...state, ...patch };
    const url = `${window.location.pathname}${serialiseViewState(state)}`;
    if (how === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    return render();
  }

  async function render(force = false): Promise<void> {
    const resolved = resolveView(state, start);
    syncControls(state, resolved, start);
    document.body.classList.toggle("reporting", state.mode === "report");
    if (state.mode === "report" && state.node) {
      await panels.report(state.node, resolved);
      return;
    }
    panels.hideReport();
    byId("diagram-view").hidden = state.view !== "diagram";
    byId("table-view").hidden = state.view !== "table";
    const key = JSON.stringify([state.mode === "health" ? "explore" : state.mode, resolved, state.lines, state.mode === "trace" || !resolved.area ? state.node : null, state.layout]);
    if (force || key !== diagramKey) {
      diagramKey = key;
      panels.prepare(state, Boolean(state.node) || state.mode === "compare" || state.mode === "trace");
      await drawDiagram(resolved);
    }
    diagram.select(state.node);
    if (state.node) diagram.reveal(state.node, false);
    if (state.view === "table") renderTable(resolved);
    await panels.show(loaded);
  }

  async function drawDiagram(resolved: Resolved): Promise<void> {
    const mine = ++ticket;
    notices.status("Loading the diagram…");
    byId("diagram").setAttribute("aria-busy", "true");
    try {
      const next = await loadDiagram(client, state, resolved);
      if (mine !== ticket) return;
      loaded = next;
      const layout = state.layout === "auto" ? DEFAULT_LAYOUT : state.layout;
      const count = next.elements.filter((e) => !("source" in e.data)).length;
      // The legend and the status line take room from the diagram: fill them first, then fit.
      renderLegend(byId("legend-body"), next.elements);
      notices.status(
        count === 0
          ? `Nothing is recorded for ${next.caption}. Try another date, another area, or All dates.`
          : `${next.caption}: ${count} bodies. Click one for its details, or press Tab to reach the diagram, then the arrow keys.`,
      );
      diagram.resize();
      await diagram.draw(next.elements, layout);
      if (count === 0) {
        showEmpty(`Nothing is recorded for ${next.caption}.`, [
          ...(state.allDates ? [] : [{ label: "Show all dates", run: () => navigate({ allDates: true }) }]),
          ...(state.mode === "explore" && !state.area ? [] : [{ label: "Back to the whole area", run: () => navigate({ mode: "explore", node: null, area: resolved.area }) }]),
        ]);
      } else showEmpty(null);
      if (next.truncated) notices.info("This view holds more bodies than can be drawn at once; only the first 500 are shown. Choose a smaller area or a date.");
    } catch (error) {
      if (mine !== ticket) return;
      loaded = null;
      diagramKey = "";
      await diagram.draw([], "elk");
      replaceChildren(byId("legend-body"));
      notices.status("The diagram could not be drawn: see the message above.");
      notices.error(error, { retry: () => void render(true) });
      showEmpty(error instanceof ApiError ? error.userMessage : "The diagram could not be drawn.", [
        { label: "Try again", run: () => void render(true) },
        ...(state.mode !== "explore" || state.node ? [{ label: "Back to the whole area", run: () => navigate({ mode: "explore", node: null, area: state.area }) }] : []),
      ]);
    } finally {
      if (mine === ticket) byId("diagram").removeAttribute("aria-busy");
    }
  }

  /** Says in the diagram's own space why it is empty, with what the user can do; null hides it. */
  function showEmpty(message: string | null, actions: { label: string; run: () => void }[] = []): void {
    const box = byId("diagram-empty");
    box.hidden = message === null;
    if (message === null) return;
    replaceChildren(box, h("p", {}, message), h("div", { class: "actions" }, actions.map((a) => h("button", { type: "button", onclick: a.run }, a.label))));
  }

  function renderTable(resolved: Resolved): void {
    renderTableView(byId("table-view"), tableModel(diagram.elements()), {
      caption: loaded?.caption ?? resolved.areaName,
      open: context.open,
      href: context.href,
      selected: state.node,
    });
  }

  bindControls({ navigate, current: () => state, diagram, notices, caption: () => loaded?.caption ?? "", render: () => void render() });
  bindKeyboard({ navigate, current: () => state, diagram, focusSearch: search.focus, panels });
  bindModernGovSync({ currentArea: () => state.area ?? null, areaName: (id) => (id ? (start.areas.find((a) => a.id === id)?.name ?? id) : "") });
  window.addEventListener("popstate", () => {
    state = parseViewState(window.location.search).state;
    void render();
  });
  window.addEventListener("resize", () => diagram.resize());

  await editing.start();
  const who = editing.viewer();
  replaceChildren(
    byId("account"),
    accountBar(
      { name: who?.name ?? null, role: who?.role ?? null, newLabels: editing.labels(), signInHref: signInHref() },
      { newNode: (label) => void editing.openNew(label), auditLog: () => void admin.auditLog(), apiTokens: () => void admin.apiTokens(), signOut: () => void editing.signOut() },
    ),
  );
  try {
    start = await client(AppStartDocument);
  } catch (error) {
    notices.error(error, { retry: () => window.location.reload() });
    notices.status("The service could not be reached, so there is nothing to draw yet.");
    return;
  }
  const resolved = resolveView(state, start);
  if (!state.area && !state.node && resolved.area) state = { ...state, area: resolved.area };
  window.history.replaceState(null, "", `${window.location.pathname}${serialiseViewState(state)}`);
  await render();
}
