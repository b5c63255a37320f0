// Rule no-cycle: is the board on a cycle of upward lines (ACCOUNTABLE_TO, REPORTS_TO, SITS_WITHIN,
// OVERSEEN_BY) in force on the date, so that accountability comes back to where it started?
// The shortest such cycle (up to 12 lines), or null.
// Parameters: $boardId, $asOf (date string).
MATCH (b:Board {id: $boardId})
OPTIONAL CALL (b) {
  MATCH p = (b)(()-[r:ACCOUNTABLE_TO|REPORTS_TO|SITS_WITHIN|OVERSEEN_BY|COMMITTEE_OF|EXECUTIVE_OF]->(n)
    WHERE (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo > date($asOf))
      AND (n.validFrom IS NULL OR n.validFrom <= date($asOf)) AND (n.validTo IS NULL OR n.validTo > date($asOf))){1,12}(b)
  RETURN p
  ORDER BY length(p)
  LIMIT 1
}
RETURN CASE WHEN p IS NULL THEN null ELSE {
  entities: [n IN nodes(p) | n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]}],
  edges: [r IN relationships(p) | r {.validFrom, .validTo, .sources, .description, .ambiguity,
    type: type(r), source: startNode(r).id, target: endNode(r).id}]
} END AS cycle
