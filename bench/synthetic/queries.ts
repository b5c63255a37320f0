/** Named Cypher files of the synthetic data and the bench (cypher/bench/). */
export const benchQueries = {
  countSyntheticCouncils: "bench/count-synthetic-councils",
} as const;
