/**
 * What each expensive field costs, in about a millisecond of work each: the
 * GraphQL median of the field at 150 councils in docs/benchmarks.md (npm run
 * bench, 2026-11-22), rounded up. Fields not listed here are reads of a node
 * and its neighbours (a few ms) and weigh nothing beyond graphql-armor's
 * structural cost.
 *
 * Two uses: the weighted cost of an operation (all its fields, aliases and
 * fragments counted) is capped by GRAPHQL_MAX_WEIGHT, and fields weighing at
 * least EXPENSIVE_WEIGHT wait for one of GRAPHQL_MAX_EXPENSIVE_CONCURRENT
 * slots before their resolver runs.
 */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  // healthCheck: 204 ms median at 150 councils (1.8 s at 1,500); nine or ten rule queries in one transaction.
  "Query.healthCheck": 210,
  // structureDiff: not benched; it reads an area's bodies and lines as of two dates, so twice reportingLines(area).
  "Query.structureDiff": 250,
  // reportingLines(area): 122 ms median, 169 ms p95 at 150 councils, 1,343-1,808 ids in the answer.
  "Query.reportingLines": 125,
  // termsOfReferenceReview(area): 113 ms median at 150 councils (652 ms at 1,500).
  "Query.termsOfReferenceReview": 115,
  // accountabilityGaps(area): 104 ms median at 150 councils.
  "Query.accountabilityGaps": 105,
  // exportGraph: not benched; it reads a whole area with every line and citation, more than reportingLines(area).
  "Query.exportGraph": 150,
  // search: 16 ms median, 28 ms p95 at 150 councils.
  "Query.search": 16,
  // oversightChain: 9.5 ms median, 16.5 ms p95 at 150 councils.
  "Query.oversightChain": 10,
};

/** From here on a field is expensive: it waits for a slot (reportingLines, gaps, health checks, reviews, diffs, exports). */
export const EXPENSIVE_WEIGHT = 50;

export function weightOf(typeName: string, fieldName: string): number {
  return FIELD_WEIGHTS[`${typeName}.${fieldName}`] ?? 0;
}

export function expensiveFields(): { typeName: string; fieldName: string }[] {
  return Object.entries(FIELD_WEIGHTS)
    .filter(([, weight]) => weight >= EXPENSIVE_WEIGHT)
    .map(([key]) => {
      const [typeName = "", fieldName = ""] = key.split(".");
      return { typeName, fieldName };
    });
}
