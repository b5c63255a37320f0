// Draw the line an accepted fact states. When the same line already exists, the draft's
// citation is added to it instead (a document confirming a known line), its version raised.
// Parameters: $type (checked against the model before the query runs), $from, $to,
//   $properties (for a new line, version 1), $sources (the citations a known line then carries).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type)]->(b)
ON CREATE SET r.version = 0
WITH r, r.version = 0 AS created, r {.*} AS before
CALL (r, created) {
  WITH r, created WHERE created
  SET r = $properties
}
CALL (r, created) {
  WITH r, created WHERE NOT created
  SET r.sources = $sources, r.version = r.version + 1
}
RETURN created, CASE WHEN created THEN null ELSE before END AS before, r {.*} AS relationship
