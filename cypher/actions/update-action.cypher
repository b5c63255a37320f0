// Write an action's new values and move its owner line when the owner changes; the version goes up by one.
// Parameters: $id, $values: {what, dueOn, notes, status, closedOn}, $ownerId (or null: keep).
MATCH (a:Action {id: $id})
SET a.what = $values.what, a.dueOn = date($values.dueOn), a.notes = $values.notes, a.status = $values.status,
  a.closedOn = CASE WHEN $values.closedOn IS NULL THEN null ELSE date($values.closedOn) END,
  a.version = a.version + 1, a.updatedAt = datetime()
WITH a
CALL (a) {
  MATCH (owner:Person {id: $ownerId})
  WHERE $ownerId IS NOT NULL
  OPTIONAL MATCH (a)-[old:OWNED_BY]->()
  DELETE old
  CREATE (a)-[:OWNED_BY]->(owner)
  RETURN count(owner) AS moved
}
RETURN a.version AS version, moved
