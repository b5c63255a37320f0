// As graph/list-whole-structure-facts, but only the given boards and the lines from them, and only
// the documents that describe one of their areas (a document marked before its areas were stored
// beside the marks is always returned). The seed loader asks for the boards a file can affect
// (graph/boards-near-nodes) instead of every board, so neither part grows with the country.
// Parameters: $types (the governance line types), $boardIds.
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
// A line's areas are those of the board it leaves, so the boards' areas cover both lists.
WITH nodes, lines, reduce(all = [], node IN nodes | all + node.areas) AS areaIds
CALL (areaIds) {
  MATCH (d:Document) WHERE d.wholeStructure IS NOT NULL
    AND (d.wholeStructureAreas IS NULL OR any(area IN d.wholeStructureAreas WHERE area IN areaIds))
  RETURN collect(d {.file, .date, .wholeStructure}) AS documents
}
RETURN documents, nodes, lines
