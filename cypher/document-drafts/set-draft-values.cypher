// Write the terms-of-reference values an accepted fact states (quorum, meeting frequency,
// review, established) onto the body, with the draft's citation, raising its version.
// Parameters: $id, $properties (every stored property after the change).
MATCH (n:Entity {id: $id})
WITH n, n {.*} AS before
SET n = $properties
RETURN before, n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity
