// Store the values an update or an end computed for one node (locked earlier in the same
// transaction), its version already advanced. Parameters: $id, $properties.
MATCH (n:Entity {id: $id})
SET n = $properties
RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity
