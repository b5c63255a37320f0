// The calendar subscriptions of an area (all areas when null), live and revoked, newest first.
// Parameters: $areaId (or null).
MATCH (s:CalendarSubscription)
WHERE $areaId IS NULL OR s.areaId = $areaId
RETURN s {.id, .areaId, .createdBy, .createdAt, .revokedAt, .revokedBy} AS subscription
ORDER BY s.createdAt DESC
