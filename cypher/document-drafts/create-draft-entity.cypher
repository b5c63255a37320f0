// Create a governance node an accepted fact names and the graph did not hold, with its
// IN_AREA line when it names an area; an existing id is left untouched (created: false).
// Parameters: $id, $label (checked against the model before the query runs), $properties, $areaLine.
MERGE (n:Entity {id: $id})
ON CREATE SET n.version = 0
WITH n, n.version = 0 AS created
CALL (n, created) {
  WITH n, created WHERE created
  SET n = $properties
  SET n:$($label)
  WITH n
  MATCH (a:Area {id: $properties.areaId})
  CREATE (n)-[line:IN_AREA]->(a)
  SET line = $areaLine
}
RETURN coalesce(created, false) AS created, n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity
