// One governance node by id, with its label and sources.
// Parameters: $id.
MATCH (n:Entity {id: $id})
RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity
