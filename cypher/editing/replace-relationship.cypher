// Store the values an update or an end computed for one relationship (locked earlier in the
// same transaction), its version already advanced. Parameters: $type, $from, $to, $properties.
MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
SET r = $properties
RETURN r {.*} AS relationship
