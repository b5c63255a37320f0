// Before recording terms of reference: the board, its terms still open (no validTo and not
// replaced), and the highest version number its terms have reached.
// Parameters: $boardId.
MATCH (b:Board {id: $boardId})
RETURN b {.*, label: 'Board'} AS board,
  [(b)-[:HAS_TERMS_OF_REFERENCE]->(t:TermsOfReference)
    WHERE t.validTo IS NULL AND NOT EXISTS { (:TermsOfReference)-[:REPLACES]->(t) }
    | t {.id, version: toInteger(coalesce(t.version, 1))}] AS openTerms,
  reduce(highest = 0, v IN [(b)-[:HAS_TERMS_OF_REFERENCE]->(t:TermsOfReference) | toInteger(coalesce(t.version, 1))] |
    CASE WHEN v > highest THEN v ELSE highest END) AS highestVersion
