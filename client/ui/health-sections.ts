import type { HealthCheckFieldsFragment } from "../generated/graphql.ts";
import { assessmentChartSvg } from "./assessment-chart.ts";
import { type Child, formatDate, h } from "./dom.ts";
import { type PanelContext, ragBadge, sourceList } from "./panel-parts.ts";

/** The health check of a board: overall result, each rule's result, the self-assessment chart. Shared by panel and report. */
export function healthSections(context: PanelContext, health: HealthCheckFieldsFragment, headingLevel: "h3" | "h2" = "h3"): Child[] {
  const heading = (text: string) => h(headingLevel, {}, text);
  return [
    h("p", { class: "overall" }, ragBadge(health.overall), " ", h("strong", {}, health.overallReason)),
    h(
      "p",
      { class: "rag-counts" },
      `${health.counts.red} red, ${health.counts.amber} amber, ${health.counts.green} green`,
      health.counts.notApplicable ? `, ${health.counts.notApplicable} not applicable` : "",
      ` — evaluated for ${formatDate(health.asOf)}.`,
    ),
    heading("Rules evaluated on the graph"),
    h(
      "table",
      { class: "data rules" },
      h("caption", { class: "visually-hidden" }, "Health-check rules and their results"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Rule"), h("th", { scope: "col" }, "Result"), h("th", { scope: "col" }, "Why"))),
      h(
        "tbody",
        {},
        health.rules.map((result) =>
          h(
            "tr",
            { "data-rule": result.rule.id },
            h("th", { scope: "row" }, result.rule.title),
            h("td", {}, ragBadge(result.status)),
            h(
              "td",
              {},
              result.reason,
              result.evidence.length
                ? h(
                    "details",
                    { class: "evidence" },
                    h("summary", {}, `Evidence (${result.evidence.length})`),
                    h("ul", {}, result.evidence.map((e) => h("li", {}, e.note, e.edge?.sources.length ? sourceList(context, e.edge.sources) : null))),
                  )
                : null,
            ),
          ),
        ),
      ),
    ),
    heading("Partners' self-assessment"),
    selfAssessment(health.selfAssessment),
    health.recordedHealthChecks.length
      ? [
          heading("Health checks recorded in the documents"),
          h(
            "ul",
            {},
            health.recordedHealthChecks.map((check) =>
              h("li", {}, h("strong", {}, check.name), check.validFrom ? ` (${formatDate(check.validFrom)})` : "", check.description ? ` — ${check.description}` : "", sourceList(context, check.sources)),
            ),
          ),
        ]
      : null,
  ];
}

function selfAssessment(round: HealthCheckFieldsFragment["selfAssessment"]): Child {
  if (!round) return h("p", {}, "No self-assessment round has been opened for this board on or before this date.");
  const chart = h("div", { class: "chart-wrap" });
  // The SVG is built as escaped text (svg-text.ts), so inserting it does not parse any data as markup.
  chart.innerHTML = assessmentChartSvg(round.principles, { caption: `Self-assessment: ${round.name}`, idPrefix: `round-${round.id}` });
  const change = (value: number | null) => (value === null ? "—" : `${value > 0 ? "+" : ""}${value.toFixed(2)}`);
  return [
    h(
      "p",
      {},
      `${round.name}, opened ${formatDate(round.openedOn)}: ${round.responses.length} partner${round.responses.length === 1 ? "" : "s"} responded.`,
      round.disagreements.length ? ` Partners disagree on ${round.disagreements.length} of the six principles (spread of ${round.disagreementSpread} or more).` : " No principle shows a wide disagreement.",
    ),
    chart,
    h(
      "table",
      { class: "data principles" },
      h("caption", {}, "Scores by principle (1 strongly disagree – 5 strongly agree)"),
      h(
        "thead",
        {},
        h("tr", {}, ...["Principle", "Partners", "Mean", "Lowest", "Highest", "Spread", round.previousRoundName ? `Change since ${round.previousRoundName}` : "Change"].map((t) => h("th", { scope: "col" }, t))),
      ),
      h(
        "tbody",
        {},
        round.principles.map((p) =>
          h(
            "tr",
            { class: p.disagreement ? "disagreement" : "" },
            h("th", { scope: "row" }, `${p.number}. ${p.title}`),
            h("td", {}, String(p.responses)),
            h("td", {}, p.mean === null ? "—" : p.mean.toFixed(2)),
            h("td", {}, p.min === null ? "—" : `${p.min}${p.scores.length ? ` (${p.scores.filter((s) => s.score === p.min).map((s) => s.partner.name).join(", ")})` : ""}`),
            h("td", {}, p.max === null ? "—" : `${p.max}${p.scores.length ? ` (${p.scores.filter((s) => s.score === p.max).map((s) => s.partner.name).join(", ")})` : ""}`),
            h("td", {}, p.spread === null ? "—" : `${p.spread}${p.disagreement ? " — partners disagree" : ""}`),
            h("td", {}, change(p.meanChange)),
          ),
        ),
      ),
    ),
  ];
}
