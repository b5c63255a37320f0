/** The terms-of-reference register page: its state lives in the address (area, statuses, text, sort), so a view can be shared. */
import { ApiError, createGraphqlClient } from "../api/graphql-client.ts";
import { sameOriginFetch } from "../api/same-origin-fetch.ts";
import { CreateCalendarSubscriptionDocument, RegisterAreasDocument, TermsRegisterDocument, type TermsRegisterQuery } from "../generated/graphql.ts";
import { byId, h, replaceChildren } from "../ui/dom.ts";
import { download } from "../ui/download.ts";
import { type RegisterSortKey, type RegisterStatusCode, registerView } from "../ui/register-view.ts";
import { filterRows, registerCsv, registerRows, type SortKey, sortRows } from "./register-model.ts";

const DEFAULT_AREA = "area-essex";
const SORT_KEYS: SortKey[] = ["urgency", "board", "reviewDue", "lastReviewedOn", "status"];
const STATUSES: RegisterStatusCode[] = ["CURRENT", "DUE_SOON", "OVERDUE", "MISSING"];

interface RegisterState {
  area: string;
  statuses: RegisterStatusCode[];
  text: string;
  sort: SortKey;
  direction: "ascending" | "descending";
}

function readState(search: string): RegisterState {
  const params = new URLSearchParams(search);
  const sort = params.get("sort") as SortKey | null;
  return {
    area: params.get("area") || DEFAULT_AREA,
    statuses: (params.get("status") ?? "").split(",").filter((s): s is RegisterStatusCode => STATUSES.includes(s as RegisterStatusCode)),
    text: params.get("q") ?? "",
    sort: sort && SORT_KEYS.includes(sort) ? sort : "urgency",
    direction: params.get("dir") === "descending" ? "descending" : "ascending",
  };
}

function writeState(state: RegisterState): string {
  const params = new URLSearchParams({ area: state.area });
  if (state.statuses.length) params.set("status", state.statuses.join(","));
  if (state.text) params.set("q", state.text);
  if (state.sort !== "urgency") params.set("sort", state.sort);
  if (state.direction !== "ascending") params.set("dir", state.direction);
  return `?${params.toString()}`;
}

export async function startRegisterPage(): Promise<void> {
  const root = byId("register-root");
  const notices = byId("notices");
  const client = createGraphqlClient({ fetch: sameOriginFetch() });
  let state = readState(window.location.search);
  let areas: { id: string; name: string }[] = [];
  let answer: TermsRegisterQuery | null = null;
  let subscriptionUrl: string | null = null;

  const say = (message: string, tone: "error" | "info" = "error") =>
    replaceChildren(notices, h("div", { class: `notice ${tone === "info" ? "info" : ""}`, role: tone === "error" ? "alert" : "status" }, h("p", {}, message)));

  async function load(): Promise<void> {
    root.setAttribute("aria-busy", "true");
    try {
      const asOf = new Date().toISOString().slice(0, 10);
      answer = await client(TermsRegisterDocument, { asOf, area: state.area, areaId: state.area });
      notices.replaceChildren();
    } catch (error) {
      answer = null;
      say(error instanceof ApiError ? error.userMessage : "The register could not be loaded.");
    } finally {
      root.removeAttribute("aria-busy");
    }
    render();
  }

  function rows() {
    if (!answer) return [];
    return sortRows(filterRows(registerRows(answer.termsOfReferenceReview), state), state.sort, state.direction);
  }

  function update(patch: Partial<RegisterState>, reload = false): void {
    state = { ...state, ...patch };
    window.history.replaceState(null, "", `${window.location.pathname}${writeState(state)}`);
    if (reload) {
      subscriptionUrl = null;
      void load();
    } else render();
  }

  /** How to find the focused control again once the page is drawn anew: a filter or a sort keeps the keyboard where it was. */
  function focusedControl(): string | null {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !root.contains(active)) return null;
    if (active.id) return `#${CSS.escape(active.id)}`;
    const name = active.getAttribute("name");
    const value = active.getAttribute("value");
    if (name) return `[name="${CSS.escape(name)}"]${value !== null ? `[value="${CSS.escape(value)}"]` : ""}`;
    const sortKey = active.getAttribute("data-sort");
    return sortKey ? `[data-sort="${CSS.escape(sortKey)}"]` : null;
  }

  function render(): void {
    const focused = focusedControl();
    drawPage();
    if (focused) root.querySelector<HTMLElement>(focused)?.focus();
  }

  function drawPage(): void {
    const areaName = areas.find((a) => a.id === state.area)?.name ?? state.area;
    document.title = `Terms-of-reference register: ${areaName}`;
    if (!answer) {
      replaceChildren(root, h("h1", {}, "Terms-of-reference register"), h("p", {}, h("a", { href: "./" }, "Back to the governance graph")));
      return;
    }
    const review = answer.termsOfReferenceReview;
    const shown = rows();
    replaceChildren(
      root,
      registerView(
        {
          areas,
          areaId: state.area,
          areaName,
          asOf: review.asOf,
          counts: { CURRENT: review.summary.current, DUE_SOON: review.summary.dueSoon, OVERDUE: review.summary.overdue, MISSING: review.summary.missing },
          rows: shown.map((row) => ({ ...row, reviewHref: `./review.html?board=${encodeURIComponent(row.boardId)}` })),
          totalRows: review.summary.total,
          statuses: state.statuses,
          text: state.text,
          sort: state.sort,
          direction: state.direction,
          calendar: { url: `.${answer.calendarFeed.path}`, needsSubscription: answer.calendarFeed.needsSubscription, subscriptionUrl },
        },
        {
          area: (id) => update({ area: id }, true),
          filter: (statuses, text) => update({ statuses, text }),
          sort: (key: RegisterSortKey) =>
            update({ sort: key, direction: state.sort === key && state.direction === "ascending" && key !== "urgency" ? "descending" : "ascending" }),
          csv: () => download(`terms-of-reference-${state.area}-${review.asOf}.csv`, new Blob([registerCsv(shown)], { type: "text/csv;charset=utf-8" })),
          subscribe: async () => {
            try {
              const made = await client(CreateCalendarSubscriptionDocument, { areaId: state.area });
              subscriptionUrl = new URL(`.${made.createCalendarSubscription.path}`, window.location.href).href;
              render();
            } catch (error) {
              say(error instanceof ApiError ? error.userMessage : "The subscription link could not be made.");
            }
          },
          copy: (text) => {
            void navigator.clipboard?.writeText(text).then(
              () => say("Copied.", "info"),
              () => say("The browser did not allow copying; select the text and copy it yourself.", "info"),
            );
          },
        },
      ),
    );
  }

  try {
    areas = (await client(RegisterAreasDocument)).areas.map((a) => ({ id: a.id, name: a.name }));
  } catch (error) {
    say(error instanceof ApiError ? error.userMessage : "The service could not be reached.");
  }
  await load();
}
