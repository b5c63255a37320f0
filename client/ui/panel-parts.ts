import type { EntityBrief } from "../graph/elements/element-data.ts";
import { BOARD_KIND_LOOKS } from "../graph/palette.ts";
import { type Child, formatDate, h, humanise } from "./dom.ts";

/** What panels need from the page: open another node, name documents and areas. */
export interface PanelContext {
  open(id: string): void;
  /** The link that opens a node: the current view with that node selected. */
  href(id: string): string;
  documentTitle(file: string): string;
  areaName(id: string | null): string;
}

export interface SourceInput {
  document: string;
  section: string;
  date: string;
}

/** A node's name as a link to the view with it selected (it opens in place; a new tab works too). */
export function entityLink(context: PanelContext, entity: Pick<EntityBrief, "id" | "name">): HTMLElement {
  return nodeLink(entity.name, context.href(entity.id), () => context.open(entity.id));
}

/** A real link whose plain click is handled in the page, so that modified clicks still open a new tab. */
export function nodeLink(text: string, href: string, open: () => void): HTMLAnchorElement {
  return h("a", {
    href,
    onclick: (event: Event) => {
      const mouse = event as MouseEvent;
      if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button !== 0) return;
      event.preventDefault();
      open();
    },
  }, text);
}

/** A heading and a list of links; nothing when the list is empty, unless `empty` says what to show. */
export function linkList(context: PanelContext, title: string, entities: readonly Pick<EntityBrief, "id" | "name">[], empty?: string): Child {
  if (entities.length === 0) return empty ? [h("h3", {}, title), h("p", {}, empty)] : null;
  return [h("h3", {}, title), h("ul", {}, entities.map((entity) => h("li", {}, entityLink(context, entity))))];
}

/** "document title, section (date)" for each source, so every fact can be checked. */
export function sourceList(context: PanelContext, sources: readonly SourceInput[]): Child {
  if (sources.length === 0) return h("p", { class: "sources" }, "No source recorded.");
  const unique = [...new Map(sources.map((s) => [`${s.document}|${s.section}`, s])).values()];
  return h(
    "ul",
    { class: "sources" },
    unique.map((s) => h("li", {}, h("cite", {}, context.documentTitle(s.document)), `, ${s.section} (${formatDate(s.date)})`)),
  );
}

const RAG_WORDS: Record<string, string> = { RED: "Red", AMBER: "Amber", GREEN: "Green", NOT_APPLICABLE: "N/A" };

/** A red, amber or green badge that says its colour in words too. */
export function ragBadge(status: string): HTMLElement {
  return h("span", { class: `rag rag-${status.toLowerCase().replaceAll("_", "-")}` }, RAG_WORDS[status] ?? humanise(status));
}

/** "in force 17 May 2016 – 31 March 2019" or "" when the dates are unknown. */
export function inForce(entity: Pick<EntityBrief, "validFrom" | "validTo">): string {
  if (!entity.validFrom && !entity.validTo) return "";
  if (!entity.validTo) return `in force from ${formatDate(entity.validFrom)}`;
  return `in force ${formatDate(entity.validFrom) || "?"} – ${formatDate(entity.validTo)}`;
}

/** "Board · Health and Wellbeing Board · Essex". */
export function subtitle(context: PanelContext, entity: Pick<EntityBrief, "label" | "kind" | "areaId">): string {
  return [kindWords(entity.label, entity.kind, " · "), context.areaName(entity.areaId)].filter(Boolean).join(" · ");
}

/** "Board: Safeguarding board", or just "Strategy" when the kind repeats the label. */
export function kindWords(label: string, kind: string | null, separator = ": "): string {
  const words = (label === "Board" && kind && BOARD_KIND_LOOKS[kind]?.caption) || humanise(kind);
  return words && words.toLowerCase() !== label.toLowerCase() ? `${label}${separator}${words}` : label;
}
