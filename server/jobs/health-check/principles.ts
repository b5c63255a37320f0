import type { PartnershipPrinciple } from "../../generated/graphql.ts";

/**
 * The six principles of the Partnership Assessment Tool (Hardy, Hudson and
 * Waddington, Nuffield Institute for Health, for the ODPM Strategic Partnering
 * Taskforce, 2003), in the tool's order.
 */
export const PRINCIPLES: readonly { principle: PartnershipPrinciple; number: number; title: string }[] = [
  { principle: "RECOGNISE_NEED", number: 1, title: "Recognise and accept the need for partnership" },
  { principle: "CLARITY_OF_PURPOSE", number: 2, title: "Develop clarity and realism of purpose" },
  { principle: "COMMITMENT_AND_OWNERSHIP", number: 3, title: "Ensure commitment and ownership" },
  { principle: "TRUST", number: 4, title: "Develop and maintain trust" },
  { principle: "ROBUST_ARRANGEMENTS", number: 5, title: "Create clear and robust partnership arrangements" },
  { principle: "MONITOR_MEASURE_LEARN", number: 6, title: "Monitor, measure and learn" },
];

export const PRINCIPLE_CODES = PRINCIPLES.map((p) => p.principle) as [PartnershipPrinciple, ...PartnershipPrinciple[]];

/** One score per principle, 1 (strongly disagree that the principle is met) to 5 (strongly agree). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** Partners two points or more apart on a principle see it differently. @default 2 */
export const DISAGREEMENT_SPREAD = 2;
