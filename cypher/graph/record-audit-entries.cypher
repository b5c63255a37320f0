// Append entries to the audit log, in the transaction of the change they record. The
// service never changes or deletes an entry. Parameters: $actor, $actorId,
//   $entries: [{id, seq, action, entityId, relationshipKey, fromId, toId, before, after}] (before/after JSON text).
UNWIND $entries AS entry
CREATE (a:AuditEntry)
SET a = entry, a.actor = $actor, a.actorId = $actorId, a.at = datetime()
RETURN count(a) AS recorded
