/** Named Cypher files of search (cypher/search/). */
export const searchQueries = {
  searchEntities: "search/search-entities",
} as const;
