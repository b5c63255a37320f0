/** Named Cypher files of the seed loader (cypher/seed/). */
export const seedQueries = {
  mergeDocument: "seed/merge-document",
  mergeNodes: "seed/merge-nodes",
  mergeRelationships: "seed/merge-relationships",
  countLabels: "seed/count-labels",
  countRelationshipTypes: "seed/count-relationship-types",
  countEntities: "seed/count-entities",
  getFact: "seed/get-fact",
  graphFingerprint: "seed/graph-fingerprint",
} as const;
