import type { NodeLabel, RelType } from "../../server/domain/model.ts";

/** The relationship filters a user sees: groups of types people talk about together. */
// `labels`: the kinds of node a group brings into the diagram besides boards and organisations.
export const LINE_GROUPS = {
  accountability: {
    caption: "Accountability (accountable to, reports to, sits within, by statute)",
    types: ["ACCOUNTABLE_TO", "REPORTS_TO", "SITS_WITHIN", "COMMITTEE_OF", "EXECUTIVE_OF"],
    labels: [],
  },
  peers: { caption: "Sits alongside", types: ["SITS_ALONGSIDE"], labels: [] },
  structure: { caption: "Part of, supports", types: ["PART_OF", "SUPPORTS"], labels: [] },
  strategies: { caption: "Strategies (governance route, oversight)", types: ["GOVERNED_THROUGH", "OVERSEEN_BY", "PART_OF"], labels: ["Strategy"] },
  leadership: { caption: "Chairs and leads", types: ["CHAIRS", "LEADS", "HOLDS_ROLE", "ROLE_IN"], labels: ["Person", "Role", "Strategy"] },
  membership: { caption: "Members and representatives", types: ["MEMBER_OF", "REPRESENTS"], labels: ["Person"] },
  approvals: { caption: "Approves, endorses, considers", types: ["APPROVES", "ENDORSES", "CONSIDERS"], labels: ["Strategy"] },
  history: { caption: "Replaces", types: ["REPLACES"], labels: [] },
} as const satisfies Record<string, { caption: string; types: readonly RelType[]; labels: readonly NodeLabel[] }>;

export type LineGroup = keyof typeof LINE_GROUPS;
export const LINE_GROUP_KEYS = Object.keys(LINE_GROUPS) as LineGroup[];

/** What a diagram shows until the user chooses: the bodies and the lines between them. */
export const DEFAULT_LINE_GROUPS: readonly LineGroup[] = ["accountability", "peers", "structure"];

/** The relationship types of some groups, each once, for the `types` argument of reportingLines. */
export function typesOf(groups: readonly LineGroup[]): RelType[] {
  return [...new Set(groups.flatMap((group) => [...LINE_GROUPS[group].types]))];
}

/** The node labels a diagram of these groups draws: bodies always, and what the groups bring. */
export function labelsOf(groups: readonly LineGroup[]): Set<string> {
  return new Set(["Board", "Organisation", ...groups.flatMap((group) => [...LINE_GROUPS[group].labels])]);
}
