// Create one governance node with an IN_AREA line to each area it names; leaves an existing
// node with that id untouched (created: false), so that a duplicate is refused, even in a race.
// Parameters: $id, $label (checked against server/domain/model.ts before the query runs),
//   $properties (every stored property, version 1), $areaIds, $areaLine (each IN_AREA line's properties).
MERGE (n:Entity {id: $id})
ON CREATE SET n.version = 0
WITH n, n.version = 0 AS created
CALL (n, created) {
  WITH n, created WHERE created
  SET n = $properties
  SET n:$($label)
  WITH n
  UNWIND $areaIds AS areaId
  MATCH (a:Area {id: areaId})
  CREATE (n)-[line:IN_AREA]->(a)
  SET line = $areaLine
}
RETURN coalesce(created, false) AS created, n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity
