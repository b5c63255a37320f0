// Before recording terms of reference: the board, its terms still open (no validTo and not
// replaced), and the highest version number its terms have reached. Runs in the write
// transaction and takes the board's write lock first (set and removed at once, leaving no
// trace), so that two recordings for one board cannot both find it without terms.
// Parameters: $boardId.
MATCH (b:Board {id: $boardId})
SET b._lock = true
REMOVE b._lock
WITH b
RETURN b {.*, label: 'Board'} AS board,
  [(b)-[:HAS_TERMS_OF_REFERENCE]->(t:TermsOfReference)
    WHERE t.validTo IS NULL AND NOT EXISTS { (:TermsOfReference)-[:REPLACES]->(t) }
    | t {.id, version: toInteger(coalesce(t.version, 1))}] AS openTerms,
  reduce(highest = 0, v IN [(b)-[:HAS_TERMS_OF_REFERENCE]->(t:TermsOfReference) | toInteger(coalesce(t.version, 1))] |
    CASE WHEN v > highest THEN v ELSE highest END) AS highestVersion
