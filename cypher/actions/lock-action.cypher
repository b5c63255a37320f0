// Before changing an action: take its write lock and read it, so that two editors cannot both
// change the version they read. Parameters: $id.
MATCH (a:Action {id: $id})
SET a._lock = true
REMOVE a._lock
RETURN a {.*} AS action
