// The stored values of the relationships an import names (by type and ends), before and after it writes.
// Parameters: $keys: [{type, from, to}] (types checked against the model).
UNWIND $keys AS key
MATCH (:Entity {id: key.from})-[r:$(key.type)]->(:Entity {id: key.to})
RETURN key.type AS type, key.from AS from, key.to AS to, r {.*} AS properties
