import { type Child, formatDate, h } from "./dom.ts";
import { errorSummary, type FormProblem, formButtons, formValues, selectInput, textInput } from "./form-parts.ts";
import { type HistoryEntryView, historyList } from "./history-list.ts";

/** The audit log with its filters, for editors. */
export function auditLogPage(
  filters: { actor: string; since: string; until: string; areaId: string },
  areas: readonly { id: string; name: string }[],
  entries: readonly HistoryEntryView[] | null,
  problems: readonly FormProblem[],
  filter: (values: Record<string, string>) => void,
): Child[] {
  const form = h(
    "form",
    {
      class: "edit-form filters-form",
      novalidate: true,
      "aria-labelledby": "audit-filter-title",
      onsubmit: (event: Event) => {
        event.preventDefault();
        filter(formValues(form));
      },
    },
    h("h3", { id: "audit-filter-title" }, "Filter"),
    errorSummary("audit", problems, "actor", { actor: "Person", since: "From", until: "To", areaId: "Area" }),
    selectInput({
      form: "audit",
      field: "areaId",
      label: "Area",
      hint: "Changes to its bodies, people and lines, and those of its sub-areas.",
      value: filters.areaId,
      choices: [["", "Every area you may see"], ...areas.map((area): [string, string] => [area.id, area.name])],
      error: problems.find((p) => p.field === "areaId")?.message,
    }),
    textInput({ form: "audit", field: "actor", label: "Person", hint: "Their name as the log shows it.", value: filters.actor, error: problems.find((p) => p.field === "actor")?.message }),
    textInput({ form: "audit", field: "since", label: "From", type: "date", width: "short", value: filters.since, error: problems.find((p) => p.field === "since")?.message }),
    textInput({ form: "audit", field: "until", label: "To", type: "date", width: "short", value: filters.until, error: problems.find((p) => p.field === "until")?.message }),
    formButtons("Show changes", false, []),
  );
  return [
    h("h2", { id: "panel-title" }, "Audit log"),
    h("p", {}, "Every change made to the graph, newest first."),
    form,
    h("h3", {}, "Changes"),
    entries === null ? h("p", {}, "Loading…") : historyList(entries, "No change matches these filters."),
  ];
}

/** An API token as the list shows it. */
export interface TokenRow {
  id: string;
  name: string;
  role: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/** The administrator's API tokens: issue one (shown once), list them, revoke one. */
export function apiTokensPage(
  view: { tokens: readonly TokenRow[] | null; issued: { name: string; token: string } | null; problems: readonly FormProblem[]; pending: boolean; values: Record<string, string> },
  actions: { issue(values: Record<string, string>): void; revoke(token: TokenRow): void },
): Child[] {
  const form = h(
    "form",
    {
      class: "edit-form",
      novalidate: true,
      "aria-labelledby": "token-form-title",
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!view.pending) actions.issue(formValues(form));
      },
    },
    h("h3", { id: "token-form-title" }, "Issue a token"),
    errorSummary("token", view.problems, "name", { name: "Name", role: "Role" }),
    textInput({ form: "token", field: "name", label: "Name", hint: "Say what will use it, e.g. nightly ModernGov import.", value: view.values.name ?? "", error: view.problems.find((p) => p.field === "name")?.message }),
    selectInput({
      form: "token",
      field: "role",
      label: "Role",
      value: view.values.role ?? "VIEWER",
      choices: [
        ["VIEWER", "Viewer: reads"],
        ["EDITOR", "Editor: also changes the graph"],
        ["ADMIN", "Administrator: also manages tokens"],
      ],
      error: view.problems.find((p) => p.field === "role")?.message,
    }),
    formButtons("Issue token", view.pending, []),
  );
  return [
    h("h2", { id: "panel-title" }, "API tokens"),
    view.issued
      ? h(
          "div",
          { class: "token-issued", role: "status" },
          h("h3", {}, `Token issued: ${view.issued.name}`),
          h("p", {}, "Copy it now: it is shown only once. Send it as “Authorization: Bearer <token>”."),
          h("p", {}, h("code", { class: "token-value" }, view.issued.token)),
        )
      : null,
    form,
    h("h3", {}, "Tokens"),
    view.tokens === null
      ? h("p", {}, "Loading…")
      : view.tokens.length === 0
        ? h("p", {}, "No token has been issued.")
        : h(
            "table",
            { class: "data tokens" },
            h("caption", { class: "visually-hidden" }, "API tokens"),
            h("thead", {}, h("tr", {}, ["Name", "Role", "Issued", "Status"].map((t) => h("th", { scope: "col" }, t)))),
            h(
              "tbody",
              {},
              view.tokens.map((token) =>
                h(
                  "tr",
                  {},
                  h("th", { scope: "row" }, token.name),
                  h("td", {}, token.role.toLowerCase()),
                  h("td", {}, `${formatDate(token.createdAt)} by ${token.createdBy}`),
                  h(
                    "td",
                    {},
                    token.revokedAt
                      ? `Revoked ${formatDate(token.revokedAt)}`
                      : h("button", { type: "button", "aria-label": `Revoke ${token.name}`, onclick: () => actions.revoke(token) }, "Revoke"),
                  ),
                ),
              ),
            ),
          ),
  ];
}
