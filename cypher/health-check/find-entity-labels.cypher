// The label of each id asked for (no row for an id the graph does not hold).
// Parameters: $ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
