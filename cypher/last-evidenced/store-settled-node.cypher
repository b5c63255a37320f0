// Store the values computed when an editor settled a node's last-evidenced mark (locked earlier
// in the same transaction, its version advanced, the mark removed). Parameters: $id, $properties.
MATCH (n:Entity {id: $id})
SET n = $properties
RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity
