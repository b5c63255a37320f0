// Generated from schema.graphql by scripts/codegen.ts. Do not edit: run `npm run codegen`.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Red, amber, green, or not applicable. */
export type RagStatus =
  | 'RED'
  | 'AMBER'
  | 'GREEN'
  | 'NOT_APPLICABLE';

/** Why a route ends. */
export type OversightPathEnd =
  /** At a body with no upward line. */
  | 'TOP'
  /** At a body already on the route; the cycle is reported as a gap. */
  | 'CYCLE'
  /** At the length bound (15 upward steps). */
  | 'DEPTH_LIMIT';

export type OversightGapKind =
  | 'NOT_IN_FORCE'
  | 'NO_LEAD'
  | 'NO_GOVERNANCE_ROUTE'
  | 'NO_OVERSIGHT_BODY'
  | 'NO_UPWARD_LINE'
  | 'CYCLE'
  | 'DEPTH_LIMIT'
  | 'OVERLOADED_PERSON'
  | 'SINGLE_POINT_OF_FAILURE';

/** Where a board's terms of reference stand on the date of the review. */
export type TermsOfReferenceStatus =
  /** In force, and the review date is further away than the window (dueWithinDays). */
  | 'CURRENT'
  /** The review date falls today or within the window. */
  | 'DUE_SOON'
  /** The review date has passed, or the terms record neither a review date nor an adoption date, so nothing shows they are current. */
  | 'OVERDUE'
  /** No terms of reference in force on the date. */
  | 'MISSING';

/** How the review date of a board's terms was found. */
export type ReviewDueBasis =
  /** The terms state a review date. */
  | 'STATED'
  /** No review date is stated: one year after adoption, a common council convention. */
  | 'ADOPTED_PLUS_ONE_YEAR'
  /** Neither a review date nor an adoption date is recorded. */
  | 'UNKNOWN';

/** What the terms of reference say and the graph does not show. */
export type TermsOfReferenceDiscrepancyKind =
  /** The terms say the board is accountable to a body, and the graph has no ACCOUNTABLE_TO line from the board to it. */
  | 'ACCOUNTABILITY_LINE_MISSING'
  /** A member the terms require is not a member of the board in the graph, neither directly nor through the organisation or post they belong to. */
  | 'REQUIRED_MEMBER_MISSING'
  /** The chair the terms name does not chair the board in the graph, neither directly nor through a post they hold. */
  | 'CHAIR_MISMATCH'
  /** The terms name an id that no entity in the graph has on the date. */
  | 'UNKNOWN_REFERENCE';

/** The six principles of the Partnership Assessment Tool (Hardy, Hudson and Waddington, Nuffield Institute for Health, 2003), in the tool's order. */
export type PartnershipPrinciple =
  /** 1. Recognise and accept the need for partnership. */
  | 'RECOGNISE_NEED'
  /** 2. Develop clarity and realism of purpose. */
  | 'CLARITY_OF_PURPOSE'
  /** 3. Ensure commitment and ownership. */
  | 'COMMITMENT_AND_OWNERSHIP'
  /** 4. Develop and maintain trust. */
  | 'TRUST'
  /** 5. Create clear and robust partnership arrangements. */
  | 'ROBUST_ARRANGEMENTS'
  /** 6. Monitor, measure and learn. */
  | 'MONITOR_MEASURE_LEARN';

export type AppStartQueryVariables = Exact<{ [key: string]: never; }>;


export type AppStartQuery = { documents: Array<{ file: string, title: string, date: string }>, areas: Array<
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
  > };

export type BoardStatusQueryVariables = Exact<{
  boardId: string | number;
  asOf: string;
  area?: string | null | undefined;
}>;


export type BoardStatusQuery = { healthCheck: { asOf: string, overall: RagStatus, overallReason: string, board: { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }, counts: { red: number, amber: number, green: number, notApplicable: number }, rules: Array<{ status: RagStatus, reason: string, rule: { id: string, title: string, description: string }, evidence: Array<{ note: string, entity:
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
         | null, edge: { id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> } | null }> }>, recordedHealthChecks: Array<{ description: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }>, selfAssessment: { id: string, name: string, openedOn: string, disagreementSpread: number, previousRoundName: string | null, disagreements: Array<PartnershipPrinciple>, responses: Array<{ partnerIsMember: boolean, version: number, recordedAt: string, partner: { id: string, name: string } }>, principles: Array<{ principle: PartnershipPrinciple, number: number, title: string, responses: number, mean: number | null, min: number | null, max: number | null, spread: number | null, standardDeviation: number | null, disagreement: boolean, previousMean: number | null, meanChange: number | null, scores: Array<{ score: number, comment: string | null, partner: { id: string, name: string } }> }> } | null }, termsOfReferenceReview: { asOf: string, dueWithinDays: number, boards: Array<{ asOf: string, status: TermsOfReferenceStatus, reason: string, reviewDue: string | null, reviewDueBasis: ReviewDueBasis | null, daysUntilReview: number | null, board: { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }, termsOfReference: { id: string, name: string, purpose: string | null, membershipText: string | null, quorum: number | null, meetingFrequency: string | null, adoptedOn: string | null, reviewDue: string | null, statusNote: string | null, version: number, sources: Array<{ document: string, section: string, date: string }> } | null, chair: { id: string, inGraph: boolean, entity:
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
         | null } | null, requiredMembers: Array<{ id: string, inGraph: boolean, entity:
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
         | null }>, accountableTo: Array<{ id: string, inGraph: boolean, entity:
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
         | null }>, discrepancies: Array<{ kind: TermsOfReferenceDiscrepancyKind, message: string, expectedRelationship: string, party: { id: string, inGraph: boolean, entity:
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
            | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
           | null } }> }> } };

export type HealthCheckFieldsFragment = { asOf: string, overall: RagStatus, overallReason: string, board: { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }, counts: { red: number, amber: number, green: number, notApplicable: number }, rules: Array<{ status: RagStatus, reason: string, rule: { id: string, title: string, description: string }, evidence: Array<{ note: string, entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
       | null, edge: { id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> } | null }> }>, recordedHealthChecks: Array<{ description: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }>, selfAssessment: { id: string, name: string, openedOn: string, disagreementSpread: number, previousRoundName: string | null, disagreements: Array<PartnershipPrinciple>, responses: Array<{ partnerIsMember: boolean, version: number, recordedAt: string, partner: { id: string, name: string } }>, principles: Array<{ principle: PartnershipPrinciple, number: number, title: string, responses: number, mean: number | null, min: number | null, max: number | null, spread: number | null, standardDeviation: number | null, disagreement: boolean, previousMean: number | null, meanChange: number | null, scores: Array<{ score: number, comment: string | null, partner: { id: string, name: string } }> }> } | null };

export type BoardTermsFieldsFragment = { asOf: string, status: TermsOfReferenceStatus, reason: string, reviewDue: string | null, reviewDueBasis: ReviewDueBasis | null, daysUntilReview: number | null, board: { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }, termsOfReference: { id: string, name: string, purpose: string | null, membershipText: string | null, quorum: number | null, meetingFrequency: string | null, adoptedOn: string | null, reviewDue: string | null, statusNote: string | null, version: number, sources: Array<{ document: string, section: string, date: string }> } | null, chair: { id: string, inGraph: boolean, entity:
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
     | null } | null, requiredMembers: Array<{ id: string, inGraph: boolean, entity:
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
     | null }>, accountableTo: Array<{ id: string, inGraph: boolean, entity:
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
     | null }>, discrepancies: Array<{ kind: TermsOfReferenceDiscrepancyKind, message: string, expectedRelationship: string, party: { id: string, inGraph: boolean, entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
       | null } }> };

export type PartyFieldsFragment = { id: string, inGraph: boolean, entity:
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
   | null };

export type CompareQueryVariables = Exact<{
  area: string;
  from: string;
  to: string;
  types?: Array<string> | string | null | undefined;
}>;


export type CompareQuery = { before: { truncated: boolean, nodes: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, edges: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }> }, after: { truncated: boolean, nodes: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, edges: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }> }, structureDiff: { from: string, to: string, area: { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }, bodiesAdded: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, bodiesEnded: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, linesAdded: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }>, linesEnded: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }>, changed: Array<{ entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      , linesAdded: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }>, linesEnded: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }> }>, replacements: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }>, notRestated: Array<{ message: string, entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
       | null, edge: { id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> } | null, lastStatedIn: { file: string, title: string, date: string } }>, entities: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    > } };

export type ViewFieldsFragment = { truncated: boolean, nodes: Array<
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
  >, edges: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }> };

export type EntityNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type EntityNeighbourhoodQuery = { entity:
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
    | { aliases: Array<string>, description: string | null, ambiguity: string | null, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null, sources: Array<{ document: string, section: string, date: string }> }
   | null, around: { truncated: boolean, nodes: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, edges: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }> } };

type EntityBrief_Area_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Board_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Organisation_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Person_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Role_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Strategy_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Priority_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Outcome_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_Objective_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_AreaOfFocus_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_TermsOfReference_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

type EntityBrief_HealthCheck_Fragment = { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null };

export type EntityBriefFragment =
  | EntityBrief_Area_Fragment
  | EntityBrief_Board_Fragment
  | EntityBrief_Organisation_Fragment
  | EntityBrief_Person_Fragment
  | EntityBrief_Role_Fragment
  | EntityBrief_Strategy_Fragment
  | EntityBrief_Priority_Fragment
  | EntityBrief_Outcome_Fragment
  | EntityBrief_Objective_Fragment
  | EntityBrief_AreaOfFocus_Fragment
  | EntityBrief_TermsOfReference_Fragment
  | EntityBrief_HealthCheck_Fragment
;

export type SourceFieldsFragment = { document: string, section: string, date: string };

export type EdgeFieldsFragment = { id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> };

export type OversightChainQueryVariables = Exact<{
  strategyId: string | number;
  asOf?: string | null | undefined;
}>;


export type OversightChainQuery = { oversightChain: { asOf: string | null, truncated: boolean, strategy: { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }, leads: Array<{ entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      , roles: Array<
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      >, organisations: Array<
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      >, sources: Array<{ document: string, section: string, date: string }> }>, approvals: Array<{ fromId: string, relationship: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      , chairs: Array<
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      >, sources: Array<{ document: string, section: string, date: string }> }>, paths: Array<{ end: OversightPathEnd, note: string, steps: Array<{ fromId: string, relationship: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, entity:
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        , chairs: Array<
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
          | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        >, sources: Array<{ document: string, section: string, date: string }> }> }>, tops: Array<
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, gaps: Array<{ kind: OversightGapKind, message: string, entity:
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
       | null, related: Array<
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
        | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      >, evidence: Array<{ document: string, section: string, date: string }> }> } };

export type StepFieldsFragment = { fromId: string, relationship: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, entity:
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
  , chairs: Array<
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
  >, sources: Array<{ document: string, section: string, date: string }> };

export type ReportingLinesQueryVariables = Exact<{
  rootId?: string | number | null | undefined;
  area?: string | null | undefined;
  asOf?: string | null | undefined;
  depth?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type ReportingLinesQuery = { reportingLines: { asOf: string | null, truncated: boolean, nodes: Array<
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
      | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    >, edges: Array<{ id: string, type: string, source: string, target: string, validFrom: string | null, validTo: string | null, description: string | null, ambiguity: string | null, sources: Array<{ document: string, section: string, date: string }> }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
    | { aliases: Array<string>, id: string, name: string, label: string, kind: string | null, areaId: string | null, validFrom: string | null, validTo: string | null }
  > };
