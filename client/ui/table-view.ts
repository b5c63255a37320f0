import { formatDate, h, replaceChildren } from "./dom.ts";
import { kindWords, nodeLink } from "./panel-parts.ts";
import type { TableRows } from "./view-models.ts";

/** Options for {@link renderTableView}. */
export interface TableViewOptions {
  /** What the tables show, e.g. "Essex as of 17 May 2016". */
  caption: string;
  open(id: string): void;
  href(id: string): string;
  /** The selected node, marked in the table. */
  selected: string | null;
}

/** The diagram's bodies and lines as two semantic tables, for screen readers and for reading. */
export function renderTableView(target: HTMLElement, { bodies, lines }: TableRows, options: TableViewOptions): void {
  const showState = [...bodies, ...lines].some((row) => row.state);
  const dates = (from: string | null, to: string | null) => (from || to ? `${formatDate(from) || "?"} – ${formatDate(to) || "now"}` : "");
  const open = (id: string, name: string) => nodeLink(name, options.href(id), () => options.open(id));
  replaceChildren(
    target,
    h("h2", {}, options.caption),
    h("p", {}, `${bodies.length} bodies and ${lines.length} lines: the same as the diagram. Choose a name to open its details.`),
    h(
      "table",
      { class: "data", id: "bodies-table" },
      h("caption", {}, `Bodies (${bodies.length})`),
      h(
        "thead",
        {},
        h("tr", {}, ...["Name", "Type", "In force", "Lines up", "Lines from below", ...(showState ? ["In this view"] : [])].map((t) => h("th", { scope: "col" }, t))),
      ),
      h(
        "tbody",
        {},
        bodies.map((row) =>
          h(
            "tr",
            { "aria-current": row.id === options.selected ? "true" : null },
            h("th", { scope: "row" }, open(row.id, row.name)),
            h("td", {}, kindWords(row.label, row.kind)),
            h("td", {}, dates(row.validFrom, row.validTo)),
            h("td", {}, String(row.up)),
            h("td", {}, String(row.down)),
            showState ? h("td", {}, row.state) : null,
          ),
        ),
      ),
    ),
    h(
      "table",
      { class: "data", id: "lines-table" },
      h("caption", {}, `Lines (${lines.length}), each from the body below to the body above`),
      h("thead", {}, h("tr", {}, ...["From", "Relationship", "To", "In force", ...(showState ? ["In this view"] : [])].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        lines.map((row) =>
          h(
            "tr",
            {},
            h("td", {}, open(row.fromId, row.fromName)),
            h("td", {}, row.relationship),
            h("td", {}, open(row.toId, row.toName)),
            h("td", {}, dates(row.validFrom, row.validTo)),
            showState ? h("td", {}, row.state) : null,
          ),
        ),
      ),
    ),
  );
}
