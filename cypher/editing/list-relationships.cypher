// Every relationship that starts or ends at one node, current and ended, for editing.
// Parameters: $id.
MATCH (n:Entity {id: $id})-[r]-(:Entity)
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r {.*} AS relationship
ORDER BY type, from, to
