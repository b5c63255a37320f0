import type { CompareQuery } from "../generated/graphql.ts";
import { relationshipWords } from "../graph/relationship-words.ts";
import { type Child, formatDate, h } from "./dom.ts";
import { entityLink, type PanelContext } from "./panel-parts.ts";

type Diff = CompareQuery["structureDiff"];
type Edge = Diff["linesAdded"][number];

/** What changed in an area between two dates, in words, beside the coloured diagram. */
export function comparePanel(context: PanelContext, diff: Diff, close: () => void): Child[] {
  const names = new Map(diff.entities.map((e) => [e.id, e.name]));
  const line = (edge: Edge) => `${names.get(edge.source) ?? edge.source} — ${relationshipWords(edge.type)} → ${names.get(edge.target) ?? edge.target}`;
  const section = (title: string, items: Child[], empty: string) => [h("h3", {}, `${title} (${items.length})`), items.length ? h("ul", {}, items.map((i) => h("li", {}, i))) : h("p", {}, empty)];
  return [
    h("h2", { id: "panel-title" }, `${diff.area.name}: ${formatDate(diff.from)} against ${formatDate(diff.to)}`),
    h("p", { class: "subtitle" }, "Green: in force at the later date only. Red, dashed: in force at the earlier date only."),
    h("div", { class: "actions" }, h("button", { type: "button", onclick: close }, "Leave the comparison")),
    section("Bodies added", diff.bodiesAdded.map((e) => entityLink(context, e)), "None."),
    section("Bodies ended", diff.bodiesEnded.map((e) => entityLink(context, e)), "None."),
    section("Lines added", diff.linesAdded.map(line), "None."),
    section("Lines ended", diff.linesEnded.map(line), "None."),
    section("Replacements", diff.replacements.map((edge) => `${names.get(edge.source) ?? edge.source} replaces ${names.get(edge.target) ?? edge.target}`), "None between these dates."),
    diff.changed.length
      ? section("Bodies whose lines changed", diff.changed.map((c) => [entityLink(context, c.entity), ` — ${c.linesAdded.length} added, ${c.linesEnded.length} ended`]), "")
      : null,
    diff.notRestated.length
      ? [
          h("h3", {}, `Not restated since (${diff.notRestated.length})`),
          h("p", { class: "sources" }, "Documents rarely say when a body ends: these are in force at the later date only because nothing newer says otherwise."),
          h("ul", {}, diff.notRestated.map((fact) => h("li", {}, fact.message))),
        ]
      : null,
  ];
}
