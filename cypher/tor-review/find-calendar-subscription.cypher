// Which live calendar subscription has this token hash? A calendar client sends no cookie or
// header, so the token in the feed's URL is its only credential; a revoked one is not returned.
// Parameters: $hash (hex SHA-256 of the presented token).
MATCH (s:CalendarSubscription {hash: $hash})
WHERE s.revokedAt IS NULL
RETURN s {.id, .areaId} AS subscription
