// Take the write lock on one node and read it as it stands, before an editor settles its
// last-evidenced mark: with the lock held the version check holds. Parameters: $id.
MATCH (n:Entity {id: $id})
SET n.version = coalesce(n.version, 1)
RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity
