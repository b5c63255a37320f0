import type { NodeLabel, RelType } from "../../server/domain/model.ts";

/** How one kind of node is drawn: cytoscape shape, fill, text and border colours. */
export interface NodeLook {
  shape: string;
  fill: string;
  text: string;
  border: string;
  /** Shown in the legend. */
  caption: string;
  borderStyle?: "solid" | "dashed" | "double";
}

/** How one relationship type is drawn. */
export interface EdgeLook {
  color: string;
  width: number;
  lineStyle: "solid" | "dashed" | "dotted";
  arrow: "triangle" | "vee" | "tee" | "diamond" | "circle" | "none";
  caption: string;
}

// Fills keep at least 4.5:1 contrast with their text colour (WCAG AA for 11px labels).
export const LABEL_LOOKS: Record<NodeLabel, NodeLook> = {
  Area: { shape: "round-octagon", fill: "#eef2f3", text: "#1c2833", border: "#7f8c8d", caption: "Area" },
  Board: { shape: "round-rectangle", fill: "#d6eaf8", text: "#1c2833", border: "#1b4f72", caption: "Board or partnership" },
  Organisation: { shape: "barrel", fill: "#ffffff", text: "#1c2833", border: "#566573", caption: "Organisation" },
  Person: { shape: "ellipse", fill: "#fef9e7", text: "#1c2833", border: "#9a7d0a", caption: "Person" },
  Role: { shape: "ellipse", fill: "#fef9e7", text: "#1c2833", border: "#9a7d0a", caption: "Post", borderStyle: "dashed" },
  Strategy: { shape: "cut-rectangle", fill: "#fdebd0", text: "#1c2833", border: "#a04000", caption: "Strategy or plan" },
  Priority: { shape: "tag", fill: "#e8f8f5", text: "#1c2833", border: "#117864", caption: "Priority" },
  Outcome: { shape: "tag", fill: "#e8f8f5", text: "#1c2833", border: "#117864", caption: "Outcome" },
  Objective: { shape: "tag", fill: "#e8f8f5", text: "#1c2833", border: "#117864", caption: "Objective" },
  AreaOfFocus: { shape: "tag", fill: "#e8f8f5", text: "#1c2833", border: "#117864", caption: "Area of focus" },
  TermsOfReference: { shape: "rectangle", fill: "#f4f6f7", text: "#1c2833", border: "#566573", caption: "Terms of reference" },
  HealthCheck: { shape: "rectangle", fill: "#f4f6f7", text: "#1c2833", border: "#566573", caption: "Health check" },
};

type BoardLook = Pick<NodeLook, "fill" | "text" | "caption"> & Partial<Pick<NodeLook, "border" | "borderStyle">>;

/** Board classifications: the colour says what sort of body it is. */
export const BOARD_KIND_LOOKS: Record<string, BoardLook> = {
  HEALTH_AND_WELLBEING_BOARD: { fill: "#1b4f72", text: "#ffffff", caption: "Health and Wellbeing Board" },
  STRATEGIC_PARTNERSHIP: { fill: "#0e6655", text: "#ffffff", caption: "Strategic partnership" },
  CHILDRENS_TRUST: { fill: "#0e6655", text: "#ffffff", caption: "Children's Trust" },
  JOINT_WORKING_ARRANGEMENTS: { fill: "#eaeded", text: "#1c2833", caption: "Joint working arrangements", borderStyle: "dashed" },
  SAFEGUARDING_BOARD: { fill: "#6c3483", text: "#ffffff", caption: "Safeguarding board" },
  LOCALITY_PARTNERSHIP: { fill: "#a3e4d7", text: "#1c2833", border: "#0e6655", caption: "Locality partnership" },
  COMMUNITY_SAFETY_PARTNERSHIP: { fill: "#6e2c00", text: "#ffffff", caption: "Community safety partnership" },
  COMMISSIONING_GROUP: { fill: "#f9e79f", text: "#1c2833", border: "#9a7d0a", caption: "Commissioning group" },
  EXECUTIVE_OR_MANAGEMENT_TEAM: { fill: "#2874a6", text: "#ffffff", caption: "Executive or management team" },
  CABINET_OR_COMMITTEE: { fill: "#283747", text: "#ffffff", caption: "Cabinet or committee" },
  SCRUTINY_COMMITTEE: { fill: "#5d6d7e", text: "#ffffff", caption: "Scrutiny committee" },
  PROGRAMME_BOARD: { fill: "#aed6f1", text: "#1c2833", caption: "Programme board" },
  GOVERNING_BODY: { fill: "#154360", text: "#ffffff", caption: "Governing body" },
  WORKING_GROUP: { fill: "#d6eaf8", text: "#1c2833", caption: "Working group" },
  DELIVERY_GROUP: { fill: "#ebf5fb", text: "#1c2833", caption: "Delivery group" },
  FORUM: { fill: "#f2f3f4", text: "#1c2833", caption: "Forum" },
};

/** Organisation classifications: a coloured border, so boards stay the strongest shapes. */
export const ORGANISATION_KIND_BORDERS: Record<string, string> = {
  COUNCIL: "#283747",
  COUNCIL_DEPARTMENT: "#283747",
  COUNCIL_SERVICE: "#566573",
  NHS_COMMISSIONER: "#005eb8",
  NHS_PROVIDER: "#005eb8",
  POLICE: "#1a237e",
  FIRE_AND_RESCUE: "#922b21",
  SCHOOL_OR_COLLEGE_BODY: "#7d6608",
  VOLUNTARY_BODY: "#196f3d",
  PUBLIC_BODY: "#566573",
};

export const REL_LOOKS: Record<RelType, EdgeLook> = {
  ACCOUNTABLE_TO: { color: "#17202a", width: 3, lineStyle: "solid", arrow: "triangle", caption: "accountable to" },
  REPORTS_TO: { color: "#566573", width: 2, lineStyle: "solid", arrow: "triangle", caption: "reports to" },
  SITS_WITHIN: { color: "#1b4f72", width: 2, lineStyle: "dashed", arrow: "triangle", caption: "sits within" },
  SITS_ALONGSIDE: { color: "#7f8c8d", width: 2, lineStyle: "dotted", arrow: "none", caption: "sits alongside" },
  SUPPORTS: { color: "#117864", width: 1.5, lineStyle: "dotted", arrow: "vee", caption: "supports" },
  CHAIRS: { color: "#9a7d0a", width: 1.5, lineStyle: "solid", arrow: "tee", caption: "chairs" },
  MEMBER_OF: { color: "#aab7b8", width: 1, lineStyle: "solid", arrow: "circle", caption: "member of" },
  REPRESENTS: { color: "#aab7b8", width: 1, lineStyle: "dashed", arrow: "vee", caption: "represents" },
  LEADS: { color: "#ba4a00", width: 1.5, lineStyle: "solid", arrow: "vee", caption: "leads" },
  HOLDS_ROLE: { color: "#9a7d0a", width: 1, lineStyle: "dashed", arrow: "vee", caption: "holds post" },
  ROLE_IN: { color: "#9a7d0a", width: 1, lineStyle: "dotted", arrow: "vee", caption: "post in" },
  GOVERNED_THROUGH: { color: "#a04000", width: 2.5, lineStyle: "solid", arrow: "triangle", caption: "governance route" },
  OVERSEEN_BY: { color: "#6c3483", width: 2.5, lineStyle: "dashed", arrow: "triangle", caption: "oversight" },
  APPROVES: { color: "#5d6d7e", width: 1, lineStyle: "dotted", arrow: "vee", caption: "approves" },
  ENDORSES: { color: "#5d6d7e", width: 1, lineStyle: "dotted", arrow: "vee", caption: "endorses" },
  CONSIDERS: { color: "#5d6d7e", width: 1, lineStyle: "dotted", arrow: "vee", caption: "considers" },
  REPLACES: { color: "#922b21", width: 1.5, lineStyle: "dashed", arrow: "vee", caption: "replaces" },
  ENABLES: { color: "#117864", width: 1, lineStyle: "dashed", arrow: "vee", caption: "enables" },
  ALIGNS_WITH: { color: "#aab7b8", width: 1, lineStyle: "dotted", arrow: "none", caption: "aligns with" },
  CONTRIBUTES_TO: { color: "#48c9b0", width: 1, lineStyle: "solid", arrow: "vee", caption: "contributes to" },
  HAS_PRIORITY: { color: "#48c9b0", width: 1, lineStyle: "dotted", arrow: "vee", caption: "sets priority" },
  HAS_OUTCOME: { color: "#48c9b0", width: 1, lineStyle: "dotted", arrow: "vee", caption: "sets outcome" },
  HAS_OBJECTIVE: { color: "#48c9b0", width: 1, lineStyle: "dotted", arrow: "vee", caption: "sets objective" },
  PART_OF: { color: "#7f8c8d", width: 1.5, lineStyle: "dashed", arrow: "diamond", caption: "part of" },
  IN_AREA: { color: "#d5d8dc", width: 1, lineStyle: "dotted", arrow: "vee", caption: "in area" },
  HAS_TERMS_OF_REFERENCE: { color: "#aab7b8", width: 1, lineStyle: "dotted", arrow: "vee", caption: "terms of reference" },
  HAD_HEALTH_CHECK: { color: "#aab7b8", width: 1, lineStyle: "dotted", arrow: "vee", caption: "health check" },
  // Lines a statute draws: as strong as accountable to, since the law makes them so.
  COMMITTEE_OF: { color: "#17202a", width: 3, lineStyle: "solid", arrow: "triangle", caption: "committee of (by statute)" },
  EXECUTIVE_OF: { color: "#17202a", width: 3, lineStyle: "solid", arrow: "triangle", caption: "executive of (by statute)" },
};

/** Lines that exist only in a view: a route walked against a LEADS line reads "led by". */
export const DISPLAY_REL_LOOKS: Record<string, EdgeLook> = {
  LED_BY: { color: "#ba4a00", width: 1.5, lineStyle: "solid", arrow: "vee", caption: "led by" },
};

/** Colours of the states a view can put an element in. */
export const STATE_COLOURS = {
  path: "#d35400",
  gap: "#c0392b",
  added: "#1e8449",
  ended: "#c0392b",
  focus: "#f1c40f",
  red: "#c0392b",
  amber: "#b9770e",
  green: "#1e8449",
} as const;

/** Class names for kinds and types: `kind-health-and-wellbeing-board`, `rel-accountable-to`. */
export function cssName(prefix: string, value: string): string {
  return `${prefix}-${value.toLowerCase().replaceAll("_", "-")}`;
}
