/** The terms-of-reference register of an area: filters, a sortable table, the CSV and the calendar. */
import { type Child, formatDate, h } from "./dom.ts";

export type RegisterStatusCode = "CURRENT" | "DUE_SOON" | "OVERDUE" | "MISSING";
export type RegisterSortKey = "urgency" | "board" | "reviewDue" | "lastReviewedOn" | "status";

export interface RegisterViewRow {
  boardId: string;
  boardName: string;
  status: RegisterStatusCode;
  reason: string;
  reviewDue: string | null;
  reviewDueAssumed: boolean;
  lastReviewedOn: string | null;
  disagreements: number;
  /** Open actions past their due date. */
  overdueActions: number;
  /** The board's review page. */
  reviewHref: string;
}

export interface RegisterViewModel {
  areas: readonly { id: string; name: string }[];
  areaId: string;
  areaName: string;
  asOf: string;
  counts: Record<RegisterStatusCode, number>;
  rows: readonly RegisterViewRow[];
  totalRows: number;
  statuses: readonly RegisterStatusCode[];
  text: string;
  sort: RegisterSortKey;
  direction: "ascending" | "descending";
  calendar: { url: string; needsSubscription: boolean; subscriptionUrl: string | null };
}

export interface RegisterViewActions {
  area(id: string): void;
  filter(statuses: RegisterStatusCode[], text: string): void;
  sort(key: RegisterSortKey): void;
  csv(): void;
  subscribe(): void;
  copy(text: string): void;
}

const STATUS_WORDS: Record<RegisterStatusCode, string> = { CURRENT: "Current", DUE_SOON: "Due soon", OVERDUE: "Overdue", MISSING: "Missing" };
const STATUS_ORDER: RegisterStatusCode[] = ["OVERDUE", "MISSING", "DUE_SOON", "CURRENT"];

function statusTag(status: RegisterStatusCode): HTMLElement {
  return h("strong", { class: `tor-status tor-status-${status.toLowerCase().replace("_", "-")}` }, STATUS_WORDS[status]);
}

function sortHeader(model: RegisterViewModel, actions: RegisterViewActions, key: RegisterSortKey, label: string): HTMLElement {
  const active = model.sort === key;
  return h(
    "th",
    { scope: "col", "aria-sort": active ? model.direction : "none" },
    h("button", { type: "button", class: "sort-button", "data-sort": key, onclick: () => actions.sort(key) }, label, active ? (model.direction === "ascending" ? " ▲" : " ▼") : ""),
  );
}

export function registerView(model: RegisterViewModel, actions: RegisterViewActions): Child[] {
  const form = h("form", { class: "register-filters", "aria-label": "Filter the register" });
  const checks = STATUS_ORDER.map((status) =>
    h(
      "label",
      { class: "inline-check" },
      h("input", { type: "checkbox", name: "status", value: status, checked: model.statuses.includes(status) }),
      ` ${STATUS_WORDS[status]} (${model.counts[status]})`,
    ),
  );
  const text = h("input", { id: "register-text", type: "search", name: "text", value: model.text, autocomplete: "off" });
  const apply = () => {
    const statuses = [...form.querySelectorAll<HTMLInputElement>("input[name=status]:checked")].map((input) => input.value as RegisterStatusCode);
    actions.filter(statuses, text.value);
  };
  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
  form.append(
    h("fieldset", { class: "status-filter" }, h("legend", {}, "Status"), checks),
    h("div", { class: "text-filter" }, h("label", { for: "register-text" }, "Board name contains"), text, h("button", { type: "submit" }, "Filter")),
  );

  const areaSelect = h(
    "select",
    { id: "register-area", onchange: (event: Event) => actions.area((event.target as HTMLSelectElement).value) },
    model.areas.map((area) => h("option", { value: area.id, selected: area.id === model.areaId }, area.name)),
  );

  const table = h(
    "table",
    { class: "data register-table" },
    h("caption", {}, `${model.rows.length} of ${model.totalRows} boards in ${model.areaName}, as on ${formatDate(model.asOf)}`),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        sortHeader(model, actions, "board", "Board"),
        sortHeader(model, actions, "status", "Status"),
        sortHeader(model, actions, "reviewDue", "Review date"),
        sortHeader(model, actions, "lastReviewedOn", "Last review"),
        h("th", { scope: "col" }, "Disagreements"),
        h("th", { scope: "col" }, "Overdue actions"),
        h("th", { scope: "col" }, "Why"),
      ),
    ),
    h(
      "tbody",
      {},
      model.rows.map((row) =>
        h(
          "tr",
          { "data-board": row.boardId, "data-status": row.status },
          h("th", { scope: "row" }, h("a", { href: row.reviewHref }, row.boardName)),
          h("td", {}, statusTag(row.status)),
          h("td", { class: "review-due" }, row.reviewDue ? `${formatDate(row.reviewDue)}${row.reviewDueAssumed ? " (a year after adoption)" : ""}` : "Not known"),
          h("td", { class: "last-review" }, row.lastReviewedOn ? formatDate(row.lastReviewedOn) : "None recorded"),
          h("td", {}, String(row.disagreements)),
          h("td", { class: "overdue-actions" }, row.overdueActions ? h("strong", { class: "tor-status tor-status-overdue" }, String(row.overdueActions)) : "0"),
          h("td", {}, row.reason),
        ),
      ),
    ),
  );

  const calendar = model.calendar.needsSubscription
    ? h(
        "div",
        {},
        h("p", {}, "Reading this service needs sign-in and calendar programs cannot sign in, so subscribe with a link of your own. Keep it private: anybody with the link can read these dates until it is revoked."),
        model.calendar.subscriptionUrl
          ? h(
              "p",
              {},
              h("label", { for: "subscription-url" }, "Your subscription link (shown once)"),
              h("input", { id: "subscription-url", class: "wide-input", readonly: true, value: model.calendar.subscriptionUrl }),
              h("button", { type: "button", onclick: () => actions.copy(model.calendar.subscriptionUrl ?? "") }, "Copy link"),
            )
          : h("button", { type: "button", id: "make-subscription", onclick: actions.subscribe }, "Make a subscription link"),
      )
    : h(
        "p",
        {},
        "Subscribe in Outlook or Google Calendar to ",
        h("a", { href: model.calendar.url, id: "calendar-link" }, "the review dates of this area"),
        " (iCalendar). Each board's next review is one all-day event, which moves when the date changes. ",
        h("button", { type: "button", onclick: () => actions.copy(new URL(model.calendar.url, window.location.href).href) }, "Copy the feed's address"),
      );

  return [
    h(
      "header",
      { class: "page-header" },
      h("p", { class: "page-kicker" }, h("a", { href: "./" }, "Governance graph")),
      h("h1", {}, "Terms-of-reference register"),
      h("p", {}, h("label", { for: "register-area" }, "Area "), areaSelect),
    ),
    form,
    h(
      "div",
      { class: "register-actions" },
      h("button", { type: "button", id: "download-csv", onclick: actions.csv }, "Download CSV"),
      h("button", { type: "button", onclick: () => actions.sort("urgency") }, "Most urgent first"),
    ),
    model.rows.length ? table : h("p", { class: "empty" }, "No board matches these filters."),
    h("section", { "aria-labelledby": "calendar-heading", class: "calendar-section" }, h("h2", { id: "calendar-heading" }, "Review dates in your calendar"), calendar),
  ];
}
