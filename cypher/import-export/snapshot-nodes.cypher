// The stored values of the nodes an import names, before and after it writes, for its audit
// entries and its created/changed/unchanged counts. Parameters: $ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.*} AS properties
