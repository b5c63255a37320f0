// The stored values of the nodes an accepting draft writes values onto.
// Parameters: $ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity
