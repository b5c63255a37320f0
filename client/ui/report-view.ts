import type { BoardTermsFieldsFragment, HealthCheckFieldsFragment } from "../generated/graphql.ts";
import { type Child, formatDate, h } from "./dom.ts";
import { healthSections } from "./health-sections.ts";
import { type PanelContext, subtitle } from "./panel-parts.ts";
import { termsSections } from "./terms-sections.ts";

/** What a board paper needs: the board, its terms-of-reference review and its health check. */
export interface ReportInput {
  board: { id: string; name: string; label: string; kind: string | null; areaId: string | null; lastEvidenced?: { on: string; source: string } | null };
  asOf: string;
  terms: BoardTermsFieldsFragment | null;
  health: HealthCheckFieldsFragment | null;
  /** Why part of the report could not be produced, in plain words. */
  problems: string[];
}

/** A printable report of one board, laid out for a board paper (see styles/print.css). */
export function reportView(context: PanelContext, input: ReportInput, actions: { back(): void }): Child[] {
  return [
    h(
      "div",
      { class: "report-actions" },
      h("button", { type: "button", onclick: actions.back }, "← Back to the diagram"),
      h("button", { type: "button", class: "primary", onclick: () => window.print() }, "Print or save as PDF"),
      h("a", { class: "button-link", id: "download-docx", href: `./reports/board/${encodeURIComponent(input.board.id)}.docx?asOf=${input.asOf}`, download: "" }, "Download as Word (.docx)"),
    ),
    h(
      "header",
      { class: "report-header" },
      h("p", { class: "report-kicker" }, "Governance review"),
      h("h1", { id: "report-title" }, input.board.name),
      h("p", {}, subtitle(context, input.board)),
      h("p", {}, `Terms of reference review and partnership health check as at ${formatDate(input.asOf)}.`),
      input.board.lastEvidenced
        ? h("p", { class: "notice" }, `The newest description of the area no longer names this board: last evidenced on ${formatDate(input.board.lastEvidenced.on)} in ${input.board.lastEvidenced.source}.`)
        : null,
    ),
    input.problems.length ? h("div", { class: "notice" }, input.problems.map((p) => h("p", {}, p))) : null,
    h(
      "section",
      { "aria-labelledby": "report-terms" },
      h("h2", { id: "report-terms" }, "1. Terms of reference"),
      input.terms ? termsSections(context, input.terms) : h("p", {}, "The terms-of-reference review is not available for this board on this date."),
    ),
    h(
      "section",
      { "aria-labelledby": "report-health", class: "report-health" },
      h("h2", { id: "report-health" }, "2. Health check"),
      input.health ? healthSections(context, input.health) : h("p", {}, "The health check is not available for this board on this date."),
    ),
    h(
      "footer",
      { class: "report-footer" },
      h("p", {}, `Prepared from the governance graph on ${formatDate(new Date().toISOString().slice(0, 10))}. Every finding cites its source document and section; red, amber and green are also written out in words.`),
      h("p", {}, `Link to this view: ${window.location.href}`),
    ),
  ];
}
