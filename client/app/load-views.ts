import type { ElementDefinition } from "cytoscape";
import type { GraphqlClient } from "../api/graphql-client.ts";
import {
  BoardStatusDocument,
  CompareDocument,
  type CompareQuery,
  EntityNeighbourhoodDocument,
  type OversightChainQuery,
  OversightChainDocument,
  ReportingLinesDocument,
} from "../generated/graphql.ts";
import { compareElements } from "../graph/elements/compare-elements.ts";
import { oversightChainElements } from "../graph/elements/oversight-chain-elements.ts";
import { reportingLinesElements } from "../graph/elements/reporting-lines-elements.ts";
import { formatDate } from "../ui/dom.ts";
import { PANEL_TYPES } from "./entity-panel-model.ts";
import { labelsOf, typesOf } from "./line-groups.ts";
import type { ViewState } from "./view-state.ts";

/** A diagram ready to draw, and what the page says about it. */
export interface LoadedDiagram {
  elements: ElementDefinition[];
  /** Names the view in the table caption, the status line and file names. */
  caption: string;
  truncated: boolean;
  chain?: OversightChainQuery["oversightChain"];
  diff?: CompareQuery["structureDiff"];
}

/** The dates and area a view resolves to, once the defaults are applied. */
export interface Resolved {
  /** Null means every date. */
  asOf: string | null;
  area: string | null;
  areaName: string;
  from: string;
  to: string;
}

/** Loads the diagram of a state: reporting lines, an oversight chain, or a comparison of two dates. */
export async function loadDiagram(client: GraphqlClient, state: ViewState, resolved: Resolved): Promise<LoadedDiagram> {
  const dateWords = resolved.asOf ? `as of ${formatDate(resolved.asOf)}` : "all dates";
  if (state.mode === "trace" && state.node) {
    const data = await client(OversightChainDocument, { strategyId: state.node, asOf: resolved.asOf });
    const chain = data.oversightChain;
    return { elements: oversightChainElements(chain), caption: `Oversight of ${chain.strategy.name}, ${dateWords}`, truncated: chain.truncated, chain };
  }
  if (state.mode === "compare" && resolved.area) {
    const data = await client(CompareDocument, {
      area: resolved.area,
      from: resolved.from,
      to: resolved.to,
      types: typesOf(state.lines),
    });
    // The diagram keeps to the lines and bodies the filters show; the panel lists every change.
    const labels = labelsOf(state.lines);
    const types = new Set<string>(typesOf(state.lines));
    const only = (view: CompareQuery["before"]) => ({ nodes: view.nodes.filter((n) => labels.has(n.label)), edges: view.edges });
    const diff = data.structureDiff;
    const shown = {
      ...diff,
      bodiesAdded: diff.bodiesAdded.filter((n) => labels.has(n.label)),
      bodiesEnded: diff.bodiesEnded.filter((n) => labels.has(n.label)),
      linesAdded: diff.linesAdded.filter((e) => types.has(e.type)),
      linesEnded: diff.linesEnded.filter((e) => types.has(e.type)),
      entities: diff.entities.filter((n) => labels.has(n.label)),
    };
    return {
      elements: compareElements(only(data.before), only(data.after), shown),
      caption: `${resolved.areaName}: ${formatDate(resolved.from)} against ${formatDate(resolved.to)}`,
      truncated: data.before.truncated || data.after.truncated,
      diff: data.structureDiff,
    };
  }
  // Around one node its strategies are what the user came for, whatever the filters say.
  const around = !resolved.area && state.node;
  const groups = around ? [...new Set([...state.lines, "strategies" as const])] : state.lines;
  const types = typesOf(groups);
  const data = await client(ReportingLinesDocument, {
    rootId: around ? state.node : null,
    area: around ? null : resolved.area,
    asOf: resolved.asOf,
    depth: around ? 2 : null,
    types,
  });
  const view = data.reportingLines;
  return {
    elements: reportingLinesElements(view, { labels: labelsOf(groups), keep: new Set(around ? [state.node!] : []) }),
    caption: around ? `Around the selected body, ${dateWords}` : `${resolved.areaName}, ${dateWords}`,
    truncated: view.truncated,
  };
}

/** The node, the lines one step around it, and for a board its status. */
export async function loadNeighbourhood(client: GraphqlClient, id: string, asOf: string | null) {
  return client(EntityNeighbourhoodDocument, { id, asOf, types: [...PANEL_TYPES] });
}

/** A board's health check and terms-of-reference review on a date (both need a date: today stands for "all dates"). */
export async function loadBoardStatus(client: GraphqlClient, boardId: string, asOf: string, area: string | null) {
  const data = await client(BoardStatusDocument, { boardId, asOf, area });
  return {
    health: data.healthCheck,
    terms: data.termsOfReferenceReview.boards.find((b) => b.board.id === boardId) ?? null,
  };
}
