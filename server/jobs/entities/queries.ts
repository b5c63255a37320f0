/** Named Cypher files of the entities job (cypher/entities/). */
export const entityQueries = {
  getEntity: "entities/get-entity",
  listEntities: "entities/list-entities",
  listDocuments: "entities/list-documents",
} as const;
