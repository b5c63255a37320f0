/**
 * The graph vocabulary as data: node labels, the kinds each label allows, and
 * the relationship types with the labels allowed at each end. Seed files are
 * checked against it (seed-file.ts) and docs/model.md explains it.
 *
 * Direction convention: a line points UPWARD or outward from its subject
 * ("SFACG ACCOUNTABLE_TO HWB", "Neglect Strategy GOVERNED_THROUGH LSCB"), so an
 * oversight chain is a walk along outgoing edges.
 */

export const NODE_LABELS = [
  "Area",
  "Board",
  "Organisation",
  "Person",
  "Role",
  "Strategy",
  "Priority",
  "Outcome",
  "Objective",
  "AreaOfFocus",
  "TermsOfReference",
  "HealthCheck",
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * Allowed `kind` values per label. An empty list means the label takes no kind.
 * Kinds classify; they never carry a fact that a relationship should carry.
 */
export const NODE_KINDS = {
  Area: ["COUNTY", "UNITARY_AUTHORITY", "LOCALITY", "DISTRICT"],
  Board: [
    "HEALTH_AND_WELLBEING_BOARD",
    "STRATEGIC_PARTNERSHIP",
    "CHILDRENS_TRUST",
    // The set of bodies that replaced a Children's Trust (002 Appendix 5): its elements are PART_OF it.
    "JOINT_WORKING_ARRANGEMENTS",
    "SAFEGUARDING_BOARD",
    "LOCALITY_PARTNERSHIP",
    "COMMUNITY_SAFETY_PARTNERSHIP",
    "COMMISSIONING_GROUP",
    "EXECUTIVE_OR_MANAGEMENT_TEAM",
    "CABINET_OR_COMMITTEE",
    "SCRUTINY_COMMITTEE",
    "PROGRAMME_BOARD",
    "GOVERNING_BODY",
    "WORKING_GROUP",
    "DELIVERY_GROUP",
    "FORUM",
  ],
  Organisation: [
    "COUNCIL",
    "COUNCIL_DEPARTMENT",
    // A service grouping or team inside a department (003's four SCF service groupings).
    "COUNCIL_SERVICE",
    "NHS_COMMISSIONER",
    "NHS_PROVIDER",
    "POLICE",
    "FIRE_AND_RESCUE",
    "SCHOOL_OR_COLLEGE_BODY",
    "VOLUNTARY_BODY",
    "PUBLIC_BODY",
  ],
  Person: [],
  Role: ["CHAIR", "LEAD_MEMBER", "CABINET_MEMBER", "COUNCIL_LEADER", "DIRECTOR", "CHIEF_EXECUTIVE", "OFFICER"],
  Strategy: [
    "PLAN",
    "STRATEGY",
    "ACTION_PLAN",
    "BUSINESS_PLAN",
    "PROGRAMME",
    "PROJECT",
    "SERVICE",
    "SERVICE_REVIEW",
    "SERVICE_REDESIGN",
    "PRACTICE_MODEL",
    "COMMISSIONING_INTENTION",
    "FRAMEWORK",
    "BUSINESS_CASE",
    "VISION",
  ],
  Priority: ["PRIORITY", "PRINCIPLE"],
  Outcome: [],
  Objective: ["SYSTEM_OBJECTIVE", "ACTION"],
  AreaOfFocus: [],
  TermsOfReference: [],
  HealthCheck: [],
} as const satisfies Record<NodeLabel, readonly string[]>;

export const REL_TYPES = [
  "ACCOUNTABLE_TO",
  "REPORTS_TO",
  "SITS_WITHIN",
  "SITS_ALONGSIDE",
  "SUPPORTS",
  "CHAIRS",
  "MEMBER_OF",
  "REPRESENTS",
  "LEADS",
  "HOLDS_ROLE",
  "ROLE_IN",
  "GOVERNED_THROUGH",
  "OVERSEEN_BY",
  "APPROVES",
  "ENDORSES",
  "CONSIDERS",
  "REPLACES",
  "ENABLES",
  "ALIGNS_WITH",
  "CONTRIBUTES_TO",
  "HAS_PRIORITY",
  "HAS_OUTCOME",
  "HAS_OBJECTIVE",
  "PART_OF",
  "IN_AREA",
  "HAS_TERMS_OF_REFERENCE",
  "HAD_HEALTH_CHECK",
  "COMMITTEE_OF",
  "EXECUTIVE_OF",
] as const;
export type RelType = (typeof REL_TYPES)[number];

export interface RelRule {
  from: NodeLabel[];
  to: NodeLabel[];
  meaning: string;
  /** Both ends must carry the same label (a plan replaces a plan, a board a board). */
  sameLabel?: boolean;
  /** When set, only these (from, to) label pairs: `from` and `to` alone would allow nonsense such as an Area PART_OF a Strategy. */
  pairs?: [NodeLabel, NodeLabel][];
}

const ALL_LABELS: NodeLabel[] = [...NODE_LABELS];

export const REL_RULES: Record<RelType, RelRule> = {
  ACCOUNTABLE_TO: {
    from: ["Board", "Organisation"],
    to: ["Board", "Organisation"],
    meaning: "the subject answers to the object for its work (the document says 'accountable to')",
  },
  REPORTS_TO: {
    from: ["Board", "Organisation"],
    to: ["Board", "Organisation"],
    meaning: "the subject reports to, or 'feeds into', the object",
  },
  SITS_WITHIN: {
    from: ["Board"],
    to: ["Board", "Organisation"],
    meaning: "the subject works inside the governance framework of the object",
  },
  SITS_ALONGSIDE: {
    from: ["Board"],
    to: ["Board"],
    meaning: "peer bodies with no line of accountability between them",
  },
  SUPPORTS: {
    from: ["Board", "Organisation", "Strategy"],
    to: ["Board", "Strategy"],
    meaning: "the subject supports the object's work; a service line, not an accountability line",
  },
  CHAIRS: {
    from: ["Person", "Role"],
    to: ["Board", "Organisation"],
    meaning: "the subject chairs the object; from a Role where the document names the post, not the person",
  },
  MEMBER_OF: {
    from: ["Person", "Organisation", "Board"],
    to: ["Board", "Organisation"],
    meaning: "the subject is a member or partner of the object",
  },
  REPRESENTS: {
    from: ["Person"],
    to: ["Organisation"],
    meaning: "the person acts for the organisation (004's '(SBC)', '(SEPT)' after a lead's name)",
  },
  LEADS: {
    from: ["Person", "Role", "Organisation", "Board"],
    to: ["Strategy", "Board", "Organisation"],
    meaning: "the subject owns or drives the object",
  },
  HOLDS_ROLE: { from: ["Person"], to: ["Role"], meaning: "the person holds the post" },
  ROLE_IN: { from: ["Role"], to: ["Organisation", "Board"], meaning: "the post belongs to the organisation or board" },
  GOVERNED_THROUGH: {
    from: ["Strategy"],
    to: ["Board", "Organisation"],
    meaning: "the strategy's governance and reporting route runs through the object (004 table column)",
  },
  OVERSEEN_BY: {
    from: ["Strategy", "Board"],
    to: ["Board"],
    meaning: "the object has the oversight role for the subject (004 table column)",
  },
  APPROVES: {
    from: ["Board", "Organisation", "Person"],
    to: ["Strategy"],
    meaning: "the subject approves or agrees the strategy through its own governance",
  },
  ENDORSES: { from: ["Board", "Organisation"], to: ["Strategy"], meaning: "the subject endorses the strategy" },
  CONSIDERS: { from: ["Board"], to: ["Strategy"], meaning: "the board considers the strategy (props.date when given)" },
  REPLACES: {
    from: ALL_LABELS,
    to: ALL_LABELS,
    sameLabel: true,
    meaning: "the subject replaces the object; the object carries validTo",
  },
  ENABLES: { from: ["Strategy"], to: ["Strategy"], meaning: "the subject is a key enabler of the object" },
  ALIGNS_WITH: {
    from: ["Strategy"],
    to: ["Strategy"],
    meaning: "the subject is aligned with, relates to or is linked to the object",
  },
  CONTRIBUTES_TO: {
    from: ["Strategy", "Priority", "Outcome", "Objective"],
    to: ["Priority", "Outcome", "Objective", "AreaOfFocus"],
    meaning: "the subject contributes to the object",
  },
  HAS_PRIORITY: {
    from: ["Strategy"],
    to: ["Priority", "AreaOfFocus"],
    meaning: "the strategy sets out the priority, principle or area of focus as its own",
  },
  HAS_OUTCOME: { from: ["Strategy"], to: ["Outcome"], meaning: "the strategy sets out the outcome" },
  HAS_OBJECTIVE: { from: ["Strategy"], to: ["Objective"], meaning: "the strategy sets out the objective or action" },
  PART_OF: {
    from: ["Area", "Organisation", "Board", "Strategy"],
    to: ["Area", "Organisation", "Board", "Strategy"],
    pairs: [
      ["Area", "Area"],
      ["Organisation", "Organisation"],
      ["Board", "Board"],
      ["Board", "Organisation"],
      ["Strategy", "Strategy"],
    ],
    meaning: "the subject is a component of the object (a locality of a county, a team of a department, a council's cabinet, a strand of a strategy)",
  },
  IN_AREA: { from: ALL_LABELS, to: ["Area"], meaning: "the subject covers or serves the area" },
  HAS_TERMS_OF_REFERENCE: { from: ["Board"], to: ["TermsOfReference"], meaning: "the board's terms of reference" },
  HAD_HEALTH_CHECK: { from: ["Board"], to: ["HealthCheck"], meaning: "the board ran or planned the health check" },
  COMMITTEE_OF: {
    from: ["Board"],
    to: ["Organisation"],
    meaning: "the board is by statute a committee of the council (a Health and Wellbeing Board: drawn by a statutory line rule)",
  },
  EXECUTIVE_OF: {
    from: ["Board"],
    to: ["Organisation"],
    meaning: "the board is the council's executive (its cabinet: drawn by a statutory line rule)",
  },
};

/**
 * The bodies at which an accountability chain may properly end: a council, an
 * NHS body, a police force and the statutory safeguarding bodies (an LSCB, or
 * the safeguarding partners). A chain that ends anywhere else stops at a body
 * with no upward line, which is a gap. Listed once: the oversight trace, the
 * area's gaps and the health check's upward-line rule all classify with it.
 */
export const STATUTORY_CHAIN_ENDS: readonly { label: NodeLabel; kind: string; words: string }[] = [
  { label: "Organisation", kind: "COUNCIL", words: "a council" },
  { label: "Organisation", kind: "NHS_COMMISSIONER", words: "an NHS commissioner" },
  { label: "Organisation", kind: "NHS_PROVIDER", words: "an NHS trust" },
  { label: "Organisation", kind: "POLICE", words: "a police force" },
  { label: "Board", kind: "SAFEGUARDING_BOARD", words: "a statutory safeguarding body" },
];

/** How a chain end is described when it is a statutory end ("a council"), or null when the chain stops short there. */
export function statutoryEndOf(entity: { label: string; kind?: string | null }): string | null {
  return STATUTORY_CHAIN_ENDS.find((end) => end.label === entity.label && end.kind === entity.kind)?.words ?? null;
}

/**
 * Labels the service itself writes as people work, which no source document
 * holds and seed files cannot carry: self-assessment rounds and responses, and
 * the actions that answer findings. Their lines are in WORK_REL_RULES.
 */
export const WORK_LABELS = ["AssessmentRound", "AssessmentResponse", "Action"] as const;
export type WorkLabel = (typeof WORK_LABELS)[number];

export const WORK_REL_RULES = {
  ASSESSES: { from: ["AssessmentRound"], to: ["Board"], meaning: "the round is the partners' self-assessment of the board" },
  IN_ROUND: { from: ["AssessmentResponse"], to: ["AssessmentRound"], meaning: "the response was given in the round" },
  FROM_PARTNER: { from: ["AssessmentResponse"], to: ["Organisation"], meaning: "the partner organisation that answered" },
  ACTION_FOR: { from: ["Action"], to: ["Board"], meaning: "the action is the board's, answering a finding of its health check or self-assessment" },
  ANSWERS: {
    from: ["Action"],
    to: ["Board", "AssessmentRound"],
    meaning: "the finding the action answers: a health-check rule of the board (props.ruleId), or a principle of a round (props.principle)",
  },
  OWNED_BY: { from: ["Action"], to: ["Person"], meaning: "the person in the graph who owns the action" },
} as const satisfies Record<string, { from: readonly (NodeLabel | WorkLabel)[]; to: readonly (NodeLabel | WorkLabel)[]; meaning: string }>;
