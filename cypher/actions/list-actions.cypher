// Actions with their board, owner and the round they answer (if a principle): of one board, one
// action, or every board in an area (and the areas within it), optionally only those open.
// Parameters: $boardId, $actionId, $areaId (each or null), $openOnly (boolean).
MATCH (a:Action)-[:ACTION_FOR]->(b:Board)
WHERE ($boardId IS NULL OR b.id = $boardId) AND ($actionId IS NULL OR a.id = $actionId)
  AND ($areaId IS NULL OR EXISTS { (b)-[:IN_AREA]->(:Area)-[:PART_OF*0..4]->(:Area {id: $areaId}) })
  AND (NOT $openOnly OR a.status = 'OPEN')
MATCH (a)-[:OWNED_BY]->(owner:Person)
OPTIONAL MATCH (a)-[:ANSWERS]->(round:AssessmentRound)
RETURN a {.*} AS action, b {.*, label: 'Board'} AS board, owner {.*, label: 'Person'} AS owner,
  CASE WHEN round IS NULL THEN null ELSE round.id END AS roundId
ORDER BY a.dueOn, a.createdAt
