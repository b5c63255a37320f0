import type { BoardTermsFieldsFragment, EntityNeighbourhoodQuery, HealthCheckFieldsFragment } from "../generated/graphql.ts";
import { type Child, formatDate, h, humanise } from "./dom.ts";
import { lastEvidencedWords } from "../graph/elements/element-data.ts";
import { inForce, linkList, type PanelContext, ragBadge, sourceList, subtitle } from "./panel-parts.ts";
import type { EntityPanelModel, Related } from "./view-models.ts";

/** A board's status, once loaded: health check and terms of reference (either may be missing). */
export interface BoardStatus {
  health: HealthCheckFieldsFragment | null;
  terms: BoardTermsFieldsFragment | null;
  /** Why the status could not be loaded, in plain words. */
  problem?: string;
}

/** The actions the panel offers, by node label. */
export interface EntityActions {
  trace(id: string): void;
  healthCheck(id: string): void;
  report(id: string): void;
  centre(id: string): void;
}

type Entity = NonNullable<EntityNeighbourhoodQuery["entity"]>;

const TERMS_WORDS: Record<string, string> = { CURRENT: "Current", DUE_SOON: "Due for review soon", OVERDUE: "Overdue for review", MISSING: "None in force" };
const TERMS_RAG: Record<string, string> = { CURRENT: "GREEN", DUE_SOON: "AMBER", OVERDUE: "RED", MISSING: "RED" };

/** The side panel of one node: details, chair, members, strategies, status and sources. */
export function entityPanel(
  context: PanelContext,
  entity: Entity,
  model: EntityPanelModel,
  actions: EntityActions,
  status: BoardStatus | "loading" | null,
  /** What the signed-in user may do besides reading: edit controls, and the node's history. */
  extra: { actions: Child; sections: Child } = { actions: null, sections: null },
): Child[] {
  const isBoard = entity.label === "Board";
  const isStrategy = entity.label === "Strategy";
  const names = (list: Related[]) => list.map((r) => r.entity);
  return [
    h("h2", { id: "panel-title" }, entity.name),
    h("p", { class: "subtitle" }, subtitle(context, entity)),
    entity.aliases.length ? h("p", {}, `Also called: ${entity.aliases.join(", ")}`) : null,
    inForce(entity) ? h("p", {}, inForce(entity)) : null,
    entity.lastEvidenced
      ? h("p", { class: "notice" }, `Not named by the newest description of its area: ${lastEvidencedWords(entity.lastEvidenced)}. It may have ended; nothing records that it did.`)
      : null,
    h(
      "div",
      { class: "actions" },
      isStrategy ? h("button", { type: "button", class: "primary", onclick: () => actions.trace(entity.id) }, "Trace oversight") : null,
      isBoard ? h("button", { type: "button", class: "primary", onclick: () => actions.healthCheck(entity.id) }, "Health check") : null,
      isBoard ? h("button", { type: "button", onclick: () => actions.report(entity.id) }, "Printable report") : null,
      h("button", { type: "button", onclick: () => actions.centre(entity.id) }, "Diagram around this"),
    ),
    extra.actions ? h("div", { class: "actions edit-actions", role: "group", "aria-label": "Change this" }, extra.actions) : null,
    entity.description ? h("p", {}, entity.description) : null,
    entity.ambiguity ? h("p", { class: "note" }, h("strong", {}, "The sources differ: "), entity.ambiguity) : null,
    isBoard ? boardStatus(status) : null,
    linkList(context, "Chair", names(model.chairs), isBoard ? "No chair recorded." : undefined),
    linkList(context, "Accountable to / reports to / sits within", names(model.answersTo), isBoard ? "No upward line recorded." : undefined),
    linkList(context, "Bodies that answer to it", names(model.answerable)),
    linkList(context, "Sits alongside", names(model.alongside)),
    linkList(context, "Members", names(model.members)),
    linkList(context, "Member of", names(model.memberOf)),
    linkList(context, "Part of", names(model.partOf)),
    linkList(context, "Made up of", names(model.parts)),
    linkList(context, "Posts held", names(model.holdsRoles)),
    linkList(context, "Strategies it leads", names(model.leads)),
    linkList(context, "Strategies it oversees", names(model.oversees)),
    linkList(context, "Strategies governed through it", names(model.governs)),
    linkList(context, "Led by", names(model.ledBy), isStrategy ? "No lead named." : undefined),
    linkList(context, "Governance and reporting route", names(model.governedThrough), isStrategy ? "No governance route named." : undefined),
    linkList(context, "Oversight", names(model.overseenBy), isStrategy ? "No oversight body named." : undefined),
    linkList(context, "Replaces", names(model.replaces)),
    linkList(context, "Replaced by", names(model.replacedBy)),
    h("h3", {}, "Sources"),
    sourceList(context, entity.sources),
    extra.sections,
  ];
}

function boardStatus(status: BoardStatus | "loading" | null): Child {
  if (status === null) return null;
  if (status === "loading") return h("p", { class: "sources" }, "Loading the terms of reference and health check…");
  const terms = status.terms;
  const health = status.health;
  return [
    h("h3", {}, "Terms of reference"),
    terms
      ? h(
          "p",
          {},
          ragBadge(TERMS_RAG[terms.status] ?? "NOT_APPLICABLE"),
          " ",
          h("span", { class: "status-tag" }, TERMS_WORDS[terms.status] ?? humanise(terms.status)),
          terms.reviewDue ? ` — review due ${formatDate(terms.reviewDue)}` : "",
          h("br", {}),
          terms.reason,
          terms.discrepancies.length ? h("br", {}) : null,
          terms.discrepancies.length ? `${terms.discrepancies.length} disagreement${terms.discrepancies.length === 1 ? "" : "s"} with the graph.` : null,
        )
      : h("p", {}, status.problem ?? "Not reviewed on this date."),
    h("h3", {}, "Health check"),
    health
      ? [
          h("p", {}, ragBadge(health.overall), " ", health.overallReason),
          h(
            "p",
            { class: "rag-counts", "aria-label": `${health.counts.red} red, ${health.counts.amber} amber, ${health.counts.green} green` },
            ragBadge("RED"), ` ${health.counts.red}`, ragBadge("AMBER"), ` ${health.counts.amber}`, ragBadge("GREEN"), ` ${health.counts.green}`,
          ),
        ]
      : h("p", {}, status.problem ?? "No health check available."),
  ];
}
