// Before revising terms of reference: the version to revise, its board, and any version
// that already replaced it.
// Parameters: $id (a TermsOfReference id).
MATCH (t:TermsOfReference {id: $id})
RETURN t {.*, label: 'TermsOfReference'} AS terms,
  head([(b:Board)-[:HAS_TERMS_OF_REFERENCE]->(t) | b {.*, label: 'Board'}]) AS board,
  [(newer:TermsOfReference)-[:REPLACES]->(t) | newer {.id, version: toInteger(coalesce(newer.version, 1))}] AS replacedBy
