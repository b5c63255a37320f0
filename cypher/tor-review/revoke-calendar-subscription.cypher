// Revoke a calendar subscription: it stays on record but its URL no longer opens the feed.
// Parameters: $id, $revokedBy. Returns the subscription as it is after, and whether it already was.
MATCH (s:CalendarSubscription {id: $id})
WITH s, s.revokedAt IS NOT NULL AS wasRevoked
SET s.revokedAt = coalesce(s.revokedAt, datetime()), s.revokedBy = coalesce(s.revokedBy, $revokedBy)
RETURN wasRevoked, s {.id, .areaId, .createdBy, .createdAt, .revokedAt, .revokedBy} AS subscription
