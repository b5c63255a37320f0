// As graph/list-whole-structure-facts, but only the given boards and the lines from them (the
// documents are all returned: any of them can describe these boards' areas). The seed loader
// asks for the boards a file can affect (seed/boards-near-areas) instead of every board.
// Parameters: $types (the governance line types), $boardIds.
CALL () {
  MATCH (d:Document) WHERE d.wholeStructure IS NOT NULL
  RETURN collect(d {.file, .date, .wholeStructure}) AS documents
}
CALL () {
  UNWIND $boardIds AS boardId
  MATCH (n:Entity {id: boardId}) WHERE n:Board
  RETURN collect(n {.id, .sources, .lastEvidencedRule,
    open: n.validTo IS NULL AND n.confirmedStandingOn IS NULL,
    areas: COLLECT { MATCH (n)-[:IN_AREA]->(:Area)-[:PART_OF*0..4]->(a:Area) RETURN DISTINCT a.id }}) AS nodes
}
CALL () {
  UNWIND $boardIds AS boardId
  MATCH (n:Entity {id: boardId}) WHERE n:Board
  MATCH (n)-[r]->(m:Board|Organisation) WHERE type(r) IN $types
  RETURN collect(r {.sources, .lastEvidencedRule, type: type(r), from: n.id, to: m.id,
    open: r.validTo IS NULL AND r.confirmedStandingOn IS NULL,
    areas: COLLECT { MATCH (n)-[:IN_AREA]->(:Area)-[:PART_OF*0..4]->(a:Area) RETURN DISTINCT a.id }}) AS lines
}
RETURN documents, nodes, lines
