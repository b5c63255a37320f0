/** Named Cypher files of the tor-review job (cypher/tor-review/). */
export const torReviewQueries = {
  listBoardTerms: "tor-review/list-board-terms",
  checkTermsParties: "tor-review/check-terms-parties",
  findEntityLabels: "tor-review/find-entity-labels",
  findArea: "tor-review/find-area",
  getBoardForTerms: "tor-review/get-board-for-terms",
  getTermsForRevision: "tor-review/get-terms-for-revision",
  createTermsOfReference: "tor-review/create-terms-of-reference",
} as const;
