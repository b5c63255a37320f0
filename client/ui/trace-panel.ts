import type { OversightChainResult } from "../graph/elements/oversight-chain-elements.ts";
import { relationshipWords } from "../graph/relationship-words.ts";
import { type Child, formatDate, h, humanise } from "./dom.ts";
import { entityLink, linkList, type PanelContext, sourceList } from "./panel-parts.ts";

/** Options for {@link tracePanel}. */
export interface TracePanelActions {
  /** Emphasise one route in the diagram (null: all). */
  emphasise(index: number | null): void;
  close(): void;
}

/** The oversight chain of a strategy in words: leads, every route to the top, the gaps, the approvals. */
export function tracePanel(context: PanelContext, chain: OversightChainResult, actions: TracePanelActions): Child[] {
  const strategy = chain.strategy;
  const routes = chain.paths.map((path, index) =>
    h(
      "li",
      {
        tabindex: 0,
        "data-route": index,
        onmouseenter: () => actions.emphasise(index),
        onmouseleave: () => actions.emphasise(null),
        onfocus: () => actions.emphasise(index),
        onblur: () => actions.emphasise(null),
      },
      strategy.name,
      path.steps.map((step) => [h("span", { class: "sources" }, ` → ${relationshipWords(step.relationship === "LEADS" ? "LED_BY" : step.relationship)} → `), entityLink(context, step.entity), step.chairs.length ? ` (chair: ${step.chairs.map((c) => c.name).join(", ")})` : ""]),
      h("br", {}),
      h("span", { class: "sources" }, path.note),
    ),
  );
  return [
    h("h2", { id: "panel-title" }, `Who oversees ${strategy.name}`),
    h("p", { class: "subtitle" }, chain.asOf ? `As it stood on ${formatDate(chain.asOf)}` : "All recorded lines, whatever their dates"),
    h("div", { class: "actions" }, h("button", { type: "button", onclick: actions.close }, "Back to the diagram")),
    h("h3", {}, "Led by"),
    chain.leads.length
      ? h(
          "ul",
          {},
          chain.leads.map((lead) =>
            h(
              "li",
              {},
              entityLink(context, lead.entity),
              [...lead.roles, ...lead.organisations].length ? ` — ${[...lead.roles, ...lead.organisations].map((e) => e.name).join(", ")}` : "",
            ),
          ),
        )
      : h("p", {}, "No lead is named."),
    h("h3", { id: "routes-heading" }, `Routes to the top (${chain.paths.length})`),
    chain.paths.length ? h("ol", { class: "path-list", "aria-labelledby": "routes-heading" }, routes) : h("p", {}, "No route upward is recorded."),
    chain.truncated ? h("p", { class: "note" }, "There are more routes than this answer holds; the first 200 are shown.") : null,
    linkList(context, "Where the routes end", chain.tops),
    h("h3", { id: "gaps-heading" }, `Gaps (${chain.gaps.length})`),
    chain.gaps.length
      ? h(
          "ul",
          { class: "gap-list", "aria-labelledby": "gaps-heading" },
          chain.gaps.map((gap) =>
            h("li", {}, h("strong", {}, `${humanise(gap.kind)}: `), gap.message, gap.evidence.length ? sourceList(context, gap.evidence) : null),
          ),
        )
      : h("p", {}, "No gaps found on the way up."),
    chain.approvals.length
      ? [
          h("h3", {}, "Approval route (not a line of accountability)"),
          h("ul", {}, chain.approvals.map((step) => h("li", {}, `${relationshipWords(step.relationship)}: `, entityLink(context, step.entity)))),
        ]
      : null,
  ];
}
