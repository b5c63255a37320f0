// Draw one relationship between two existing nodes; leaves an existing one of the same type
// between them untouched (created: false), so that a duplicate is refused, even in a race.
// Parameters: $type (checked against the model before the query runs), $from, $to, $properties (version 1).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type)]->(b)
ON CREATE SET r.version = 0
WITH r, r.version = 0 AS created
CALL (r, created) {
  WITH r, created WHERE created
  SET r = $properties
}
RETURN coalesce(created, false) AS created, r {.*} AS relationship
