// The audit log, newest first, optionally of one actor (by name or by id).
// Parameters: $actor (or null), $since and $until (ISO dates, or null), $limit.
MATCH (a:AuditEntry)
WHERE ($actor IS NULL OR a.actor = $actor OR a.actorId = $actor)
  AND ($since IS NULL OR date(a.at) >= date($since))
  AND ($until IS NULL OR date(a.at) <= date($until))
RETURN a {.*} AS entry
ORDER BY a.at DESC, a.seq DESC
LIMIT toInteger($limit)
