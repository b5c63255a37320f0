// After an import's merge: the version of each node it created or changed, and its search text
// (from the name and aliases as they now stand). Parameters: $stamps: [{id, version, searchText}].
UNWIND $stamps AS stamp
MATCH (n:Entity {id: stamp.id})
SET n.version = toInteger(stamp.version), n.searchText = stamp.searchText
RETURN count(n) AS stamped
