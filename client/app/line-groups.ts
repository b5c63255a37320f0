import type { RelType } from "../../server/domain/model.ts";

/** The relationship filters a user sees: groups of types people talk about together. */
export const LINE_GROUPS = {
  accountability: { caption: "Accountability (accountable to, reports to, sits within)", types: ["ACCOUNTABLE_TO", "REPORTS_TO", "SITS_WITHIN"] },
  peers: { caption: "Sits alongside", types: ["SITS_ALONGSIDE"] },
  structure: { caption: "Part of, supports", types: ["PART_OF", "SUPPORTS"] },
  strategies: { caption: "Strategies (governance route, oversight)", types: ["GOVERNED_THROUGH", "OVERSEEN_BY"] },
  leadership: { caption: "Chairs and leads", types: ["CHAIRS", "LEADS", "HOLDS_ROLE", "ROLE_IN"] },
  membership: { caption: "Members and representatives", types: ["MEMBER_OF", "REPRESENTS"] },
  approvals: { caption: "Approves, endorses, considers", types: ["APPROVES", "ENDORSES", "CONSIDERS"] },
  history: { caption: "Replaces", types: ["REPLACES"] },
} as const satisfies Record<string, { caption: string; types: readonly RelType[] }>;

export type LineGroup = keyof typeof LINE_GROUPS;
export const LINE_GROUP_KEYS = Object.keys(LINE_GROUPS) as LineGroup[];

/** What a diagram shows until the user chooses: the bodies and the lines between them. */
export const DEFAULT_LINE_GROUPS: readonly LineGroup[] = ["accountability", "peers", "structure"];

/** The relationship types of some groups, for the `types` argument of reportingLines. */
export function typesOf(groups: readonly LineGroup[]): RelType[] {
  return groups.flatMap((group) => [...LINE_GROUPS[group].types]);
}
