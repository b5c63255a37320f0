// What the last-evidenced rule needs (server/domain/last-evidenced.ts): the documents that mark
// sections describing an area's whole structure, and every open board and open line between
// bodies with its citations and the areas it falls under (its own and every area they are part
// of); a line falls under its subject's areas. Ended or confirmed facts are left out, but their
// marks are returned so that a mark this rule set can be cleared.
// Parameters: $types (the governance line types).
CALL () {
  MATCH (d:Document) WHERE d.wholeStructure IS NOT NULL
  RETURN collect(d {.file, .date, .wholeStructure}) AS documents
}
CALL () {
  MATCH (n:Board)
  RETURN collect(n {.id, .sources, .lastEvidencedRule,
    open: n.validTo IS NULL AND n.confirmedStandingOn IS NULL,
    areas: COLLECT { MATCH (n)-[:IN_AREA]->(:Area)-[:PART_OF*0..4]->(a:Area) RETURN DISTINCT a.id }}) AS nodes
}
CALL () {
  MATCH (n:Board)-[r]->(m:Board|Organisation) WHERE type(r) IN $types
  RETURN collect(r {.sources, .lastEvidencedRule, type: type(r), from: n.id, to: m.id,
    open: r.validTo IS NULL AND r.confirmedStandingOn IS NULL,
    areas: COLLECT { MATCH (n)-[:IN_AREA]->(:Area)-[:PART_OF*0..4]->(a:Area) RETURN DISTINCT a.id }}) AS lines
}
RETURN documents, nodes, lines
