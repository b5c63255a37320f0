// The audit log, newest first, optionally of one actor (by name or by id), within dates, and
// of the nodes in some areas (a node in one of them or in a sub-area, PART_OF; a line counts
// when either end does).
// Parameters: $actor (or null), $since and $until (ISO dates, or null), $areaIds (or null: every
// area), $limit.
MATCH (a:AuditEntry)
WHERE ($actor IS NULL OR a.actor = $actor OR a.actorId = $actor)
  AND ($since IS NULL OR date(a.at) >= date($since))
  AND ($until IS NULL OR date(a.at) <= date($until))
  AND ($areaIds IS NULL OR EXISTS {
    MATCH (n:Entity)-[:IN_AREA]->(:Area)-[:PART_OF*0..20]->(scope:Area)
    WHERE n.id IN [a.entityId, a.fromId, a.toId] AND scope.id IN $areaIds
  })
RETURN a {.*} AS entry
ORDER BY a.at DESC, a.seq DESC
LIMIT toInteger($limit)
