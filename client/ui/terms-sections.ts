import type { BoardTermsFieldsFragment } from "../generated/graphql.ts";
import { type Child, formatDate, h, humanise } from "./dom.ts";
import { type PanelContext, ragBadge, sourceList } from "./panel-parts.ts";

const STATUS_RAG: Record<string, string> = { CURRENT: "GREEN", DUE_SOON: "AMBER", OVERDUE: "RED", MISSING: "RED" };
const BASIS_WORDS: Record<string, string> = {
  STATED: "as the terms state",
  ADOPTED_PLUS_ONE_YEAR: "one year after adoption (no review date stated)",
  UNKNOWN: "unknown",
};

type Party = BoardTermsFieldsFragment["requiredMembers"][number];

/** A board's terms-of-reference review: status, what the terms say, and where they disagree with the graph. */
export function termsSections(context: PanelContext, terms: BoardTermsFieldsFragment, headingLevel: "h3" | "h2" = "h3"): Child[] {
  const tor = terms.termsOfReference;
  const heading = (text: string) => h(headingLevel, {}, text);
  const party = (p: Party) => [p.entity?.name ?? `${p.id} (not in the graph)`, " ", p.inGraph ? "✓ in the graph" : "✗ not in the graph"];
  return [
    h("p", {}, ragBadge(STATUS_RAG[terms.status] ?? "NOT_APPLICABLE"), " ", h("strong", {}, humanise(terms.status)), ` — ${terms.reason}`),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Review due"),
      h("dd", {}, terms.reviewDue ? `${formatDate(terms.reviewDue)} (${BASIS_WORDS[terms.reviewDueBasis ?? "UNKNOWN"]})` : "Not known"),
      terms.daysUntilReview !== null ? [h("dt", {}, "Days to review"), h("dd", {}, String(terms.daysUntilReview))] : null,
      tor ? [h("dt", {}, "Adopted"), h("dd", {}, formatDate(tor.adoptedOn) || "Not recorded"), h("dt", {}, "Version"), h("dd", {}, String(tor.version))] : null,
      tor?.purpose ? [h("dt", {}, "Purpose"), h("dd", {}, tor.purpose)] : null,
      tor?.meetingFrequency ? [h("dt", {}, "Meets"), h("dd", {}, tor.meetingFrequency)] : null,
      tor?.quorum ? [h("dt", {}, "Quorum"), h("dd", {}, String(tor.quorum))] : null,
      tor?.membershipText ? [h("dt", {}, "Membership"), h("dd", {}, tor.membershipText)] : null,
      tor?.statusNote ? [h("dt", {}, "Status noted"), h("dd", {}, tor.statusNote)] : null,
      terms.chair ? [h("dt", {}, "Chair"), h("dd", {}, party(terms.chair))] : null,
    ),
    terms.requiredMembers.length
      ? h(
          "table",
          { class: "data members" },
          h("caption", {}, "Members the terms require"),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Member"), h("th", { scope: "col" }, "In the graph?"))),
          h("tbody", {}, terms.requiredMembers.map((p) => h("tr", {}, h("td", {}, p.entity?.name ?? p.id), h("td", {}, p.inGraph ? "Yes" : "No — missing")))),
        )
      : null,
    terms.accountableTo.length ? [heading("Accountable to, as the terms say"), h("ul", {}, terms.accountableTo.map((p) => h("li", {}, party(p))))] : null,
    heading(`Where the terms disagree with the graph (${terms.discrepancies.length})`),
    terms.discrepancies.length
      ? h("ul", {}, terms.discrepancies.map((d) => h("li", {}, h("strong", {}, `${humanise(d.kind)}: `), d.message)))
      : h("p", {}, tor ? "None: the graph holds every line the terms imply." : "No terms of reference to compare."),
    tor?.sources.length ? [heading("Sources"), sourceList(context, tor.sources)] : null,
  ];
}
