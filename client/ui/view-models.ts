// The shapes client/ui renders. client/app builds them (table-model.ts,
// entity-panel-model.ts) and hands them over, so the UI imports nothing from it.
import type { EdgeBrief, EntityBrief } from "../graph/elements/element-data.ts";

/** One body of the list and table view. */
export interface BodyRow {
  id: string;
  name: string;
  label: string;
  kind: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** What the view's classes say about it, in words ("on an oversight route"), or "". */
  state: string;
  /** Lines up, lines down: how connected the body is in this view. */
  up: number;
  down: number;
}

/** One line of the list and table view. */
export interface LineRow {
  id: string;
  fromId: string;
  fromName: string;
  relationship: string;
  toId: string;
  toName: string;
  validFrom: string | null;
  validTo: string | null;
  state: string;
}

/** The bodies and lines of a diagram, in reading order. */
export interface TableRows {
  bodies: BodyRow[];
  lines: LineRow[];
}

/** A neighbour reached over one line, with the line (for its dates and sources). */
export interface Related {
  entity: EntityBrief;
  edge: EdgeBrief & { sources: readonly { document: string; section: string; date: string }[] };
}

/** What the side panel lists for one node, each list in name order. */
export interface EntityPanelModel {
  chairs: Related[];
  /** Bodies this one answers to: accountable to, reports to, sits within. */
  answersTo: Related[];
  /** Bodies that answer to this one. */
  answerable: Related[];
  alongside: Related[];
  members: Related[];
  memberOf: Related[];
  partOf: Related[];
  parts: Related[];
  /** Strategies this node leads, oversees or is the governance route of. */
  leads: Related[];
  oversees: Related[];
  governs: Related[];
  /** For a strategy: who leads it, its governance route and its oversight. */
  ledBy: Related[];
  governedThrough: Related[];
  overseenBy: Related[];
  replaces: Related[];
  replacedBy: Related[];
  holdsRoles: Related[];
}
