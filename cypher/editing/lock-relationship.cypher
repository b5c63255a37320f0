// Take the write lock on one relationship, named by type and ends, and read it as it now stands.
// Parameters: $type (checked against the model before the query runs), $from, $to.
MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
SET r.version = coalesce(r.version, 1)
RETURN r {.*} AS relationship
