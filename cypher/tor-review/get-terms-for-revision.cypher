// Before revising terms of reference: the version to revise, its board, and any version
// that already replaced it. Runs in the write transaction and takes the version's write lock
// first (set and removed at once, leaving no trace), so that of two revisions of one version
// the second finds it replaced.
// Parameters: $id (a TermsOfReference id).
MATCH (t:TermsOfReference {id: $id})
SET t._lock = true
REMOVE t._lock
WITH t
RETURN t {.*, label: 'TermsOfReference'} AS terms,
  head([(b:Board)-[:HAS_TERMS_OF_REFERENCE]->(t) | b {.*, label: 'Board'}]) AS board,
  [(newer:TermsOfReference)-[:REPLACES]->(t) | newer {.id, version: toInteger(coalesce(newer.version, 1))}] AS replacedBy
