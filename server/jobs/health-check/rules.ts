/**
 * The rules of the partnership health check, in one place as data
 * (docs/health-check-rules.md). Adding a rule: one entry here, its .cypher
 * file under cypher/health-check/rules/, its name in queries.ts.
 */
import { evaluateHwbMembership, evaluateSafeguardingPartners, evaluateSectorBreadth } from "./evaluate-membership.ts";
import { evaluateChair, evaluateNoCycle, evaluateTerms, evaluateUpwardLine } from "./evaluate-structure.ts";
import { evaluateChairLoad, evaluateStrategies } from "./evaluate-workload.ts";
import type { HealthCheckRule } from "./rule-kit.ts";

/** Boards that are partnerships of several agencies, where breadth of membership matters. */
const PARTNERSHIPS = [
  "HEALTH_AND_WELLBEING_BOARD",
  "STRATEGIC_PARTNERSHIP",
  "CHILDRENS_TRUST",
  "JOINT_WORKING_ARRANGEMENTS",
  "SAFEGUARDING_BOARD",
  "LOCALITY_PARTNERSHIP",
  "COMMUNITY_SAFETY_PARTNERSHIP",
];

export const HEALTH_CHECK_RULES: readonly HealthCheckRule[] = [
  {
    id: "has-chair",
    title: "Has a chair",
    description: "A person, or a post held by a named person, chairs the board.",
    appliesTo: [],
    query: "health-check/rules/chairs",
    evaluate: evaluateChair,
  },
  {
    id: "upward-accountability",
    title: "Has an upward line of accountability",
    description: "The board is ACCOUNTABLE_TO, REPORTS_TO or OVERSEEN_BY another body; sitting within or being part of one is not enough.",
    appliesTo: [],
    query: "health-check/rules/upward-lines",
    evaluate: evaluateUpwardLine,
  },
  {
    id: "no-cycle",
    title: "Is in no accountability cycle",
    description: "Following the upward lines from the board never leads back to it.",
    appliesTo: [],
    query: "health-check/rules/cycles",
    evaluate: evaluateNoCycle,
  },
  {
    id: "terms-of-reference-current",
    title: "Terms of reference are current",
    description: "The board has terms of reference in force that are not overdue for review (due within 90 days: amber).",
    appliesTo: [],
    query: "health-check/rules/terms-of-reference",
    evaluate: evaluateTerms,
  },
  {
    id: "strategies-led-and-governed",
    title: "Its strategies have a lead and a governance route",
    description: "Every strategy governed through, overseen by or led by the board has a lead and a governance route.",
    appliesTo: [],
    query: "health-check/rules/strategies",
    evaluate: evaluateStrategies,
  },
  {
    id: "hwb-statutory-membership",
    title: "Statutory membership of a Health and Wellbeing Board",
    description:
      "Health and Social Care Act 2012 s194: at least one councillor; the directors of adult social services, children's services and public health; a Local Healthwatch representative; each relevant clinical commissioning group before 1 July 2022, the integrated care board from then (Health and Care Act 2022).",
    appliesTo: ["HEALTH_AND_WELLBEING_BOARD"],
    query: "health-check/rules/members",
    evaluate: evaluateHwbMembership,
  },
  {
    id: "safeguarding-partners",
    title: "The three safeguarding partners",
    description:
      "Before the area's safeguarding partners took over (its safeguardingPartnersDate; 29 September 2019 at the latest): an LSCB's statutory members (Children Act 2004 s13). From then: the three partners of s16E, the council, the NHS commissioner and the chief officer of police.",
    appliesTo: ["SAFEGUARDING_BOARD"],
    query: "health-check/rules/members",
    evaluate: evaluateSafeguardingPartners,
  },
  {
    id: "sector-breadth",
    title: "Breadth of sectors among its members",
    description: "Members come from the council, the NHS, the police, schools and colleges and the voluntary sector (4 or 5: green, 2 or 3: amber).",
    appliesTo: PARTNERSHIPS,
    query: "health-check/rules/members",
    evaluate: evaluateSectorBreadth,
  },
  {
    id: "chair-load",
    title: "Load on its chair",
    description: "How many boards the chair chairs and how many strategies they lead, directly or through a post.",
    appliesTo: [],
    query: "health-check/rules/chair-load",
    evaluate: evaluateChairLoad,
  },
];
