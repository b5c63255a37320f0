// Take the write lock on one node and read it as it now stands, before an update or an
// end: with the lock held no other transaction can change it, so the version check holds.
// Parameters: $id.
MATCH (n:Entity {id: $id})
SET n.version = coalesce(n.version, 1)
RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity
