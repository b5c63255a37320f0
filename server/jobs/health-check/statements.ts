import type { PartnershipPrinciple } from "../../generated/graphql.ts";
import { PRINCIPLES } from "./principles.ts";

/**
 * The statements a partner scores under each principle, in our own words but
 * grouped as the Partnership Assessment Tool (2003) groups its statements. A
 * principle's score is the mean of its statements, so rounds recorded with one
 * score per principle compare with these on the principle means.
 */
const STATEMENT_TEXT: Record<PartnershipPrinciple, readonly string[]> = {
  RECOGNISE_NEED: [
    "Partners agree on what they can achieve together that none could achieve alone.",
    "Each partner can say why the partnership matters to its own organisation.",
    "Earlier joint working, good or bad, has been talked about openly.",
  ],
  CLARITY_OF_PURPOSE: [
    "The partnership's aims are written down and every partner understands them.",
    "The aims are realistic for the time and resources the partners have.",
    "Partners share an understanding of what success will look like.",
  ],
  COMMITMENT_AND_OWNERSHIP: [
    "Senior people in each partner organisation back the partnership.",
    "Partners commit staff, money or other resources, not goodwill alone.",
    "Partners own the partnership's decisions inside their own organisations.",
  ],
  TRUST: [
    "Partners trust one another to do what they have agreed to do.",
    "Each partner's contribution is valued, whatever its size or sector.",
    "Disagreements are raised openly and settled fairly.",
  ],
  ROBUST_ARRANGEMENTS: [
    "Everyone knows who is accountable for what, and to whom.",
    "Meetings, decisions and papers follow clear and agreed arrangements.",
    "The arrangements are no more complicated than the work needs.",
  ],
  MONITOR_MEASURE_LEARN: [
    "The partnership checks progress against its aims with agreed measures.",
    "What is learnt from progress, or its lack, changes what the partnership does.",
    "The partnership reviews from time to time whether it is still needed in its present form.",
  ],
};

export interface AssessmentStatement {
  /** "<principle number>.<statement number>", stable: stored answers refer to it. */
  id: string;
  principle: PartnershipPrinciple;
  number: number;
  text: string;
}

export const STATEMENTS: readonly AssessmentStatement[] = PRINCIPLES.flatMap(({ principle, number }) =>
  STATEMENT_TEXT[principle].map((text, index) => ({ id: `${number}.${index + 1}`, principle, number: index + 1, text })),
);

export const STATEMENT_IDS = STATEMENTS.map((s) => s.id) as [string, ...string[]];

/** The principle means of a complete set of statement scores, to two decimals, in the tool's order. */
export function principleMeans(scores: ReadonlyMap<string, number>): { principle: PartnershipPrinciple; score: number }[] {
  return PRINCIPLES.map(({ principle }) => {
    const values = STATEMENTS.filter((s) => s.principle === principle).map((s) => scores.get(s.id));
    if (values.some((v) => v === undefined)) throw new Error(`principleMeans needs every statement of ${principle}`);
    const mean = (values as number[]).reduce((sum, v) => sum + v, 0) / values.length;
    return { principle, score: Math.round(mean * 100) / 100 };
  });
}
