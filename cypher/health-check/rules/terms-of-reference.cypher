// Rule terms-of-reference-current: the board's terms of reference in force on the date, if any
// (001 3.19: the Partnership's terms under review).
// Parameters: $boardId, $asOf (date string).
WITH date($asOf) AS d
MATCH (b:Board {id: $boardId})
OPTIONAL CALL (b, d) {
  MATCH (b)-[h:HAS_TERMS_OF_REFERENCE]->(t:TermsOfReference)
  WHERE (t.validFrom IS NULL OR t.validFrom <= d) AND (t.validTo IS NULL OR t.validTo > d)
    AND (h.validFrom IS NULL OR h.validFrom <= d) AND (h.validTo IS NULL OR h.validTo > d)
  RETURN t, h
  ORDER BY t.validFrom DESC, coalesce(t.version, 1) DESC
  LIMIT 1
}
RETURN CASE WHEN t IS NULL THEN null ELSE t {.*, label: 'TermsOfReference'} END AS terms,
  CASE WHEN t IS NULL THEN null ELSE h {.validFrom, .validTo, .sources, .description, .ambiguity,
    type: 'HAS_TERMS_OF_REFERENCE', source: b.id, target: t.id} END AS edge
