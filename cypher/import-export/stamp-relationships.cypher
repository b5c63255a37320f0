// After an import's merge: the version of each relationship it created or changed.
// Parameters: $stamps: [{type, from, to, version}] (types checked against the model).
UNWIND $stamps AS stamp
MATCH (:Entity {id: stamp.from})-[r:$(stamp.type)]->(:Entity {id: stamp.to})
SET r.version = toInteger(stamp.version)
RETURN count(r) AS stamped
