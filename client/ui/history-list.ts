import { type Child, h, humanise } from "./dom.ts";

/** One change as the history shows it. */
export interface HistoryEntryView {
  id: string;
  at: string;
  actor: string;
  action: string;
  /** What it changed: the node, or the line's key. */
  subject: string;
  changes: readonly { field: string; before: string; after: string }[];
}

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/** Who changed what and when, newest first, each with its before and after. */
export function historyList(entries: readonly HistoryEntryView[], empty: string): Child {
  if (entries.length === 0) return h("p", {}, empty);
  return h(
    "ol",
    { class: "history-list" },
    entries.map((entry) =>
      h(
        "li",
        {},
        h("p", {}, h("strong", {}, entry.actor), ` — ${humanise(entry.action.replace(/([A-Z])/g, "_$1"))}, `, h("time", { datetime: entry.at }, when(entry.at)), entry.subject ? ` (${entry.subject})` : ""),
        entry.changes.length
          ? h(
              "table",
              { class: "data history-changes" },
              h("caption", { class: "visually-hidden" }, `What changed at ${when(entry.at)}`),
              h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Field"), h("th", { scope: "col" }, "Before"), h("th", { scope: "col" }, "After"))),
              h("tbody", {}, entry.changes.map((change) => h("tr", {}, h("th", { scope: "row" }, change.field), h("td", {}, change.before), h("td", {}, change.after)))),
            )
          : null,
      ),
    ),
  );
}
