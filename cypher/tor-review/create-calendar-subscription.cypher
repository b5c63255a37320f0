// Store a calendar subscription to an area's terms-of-reference review dates: only the hash of
// its secret token, never the token, which the subscriber keeps in their calendar's URL.
// Parameters: $id, $areaId, $hash (hex SHA-256 of the token), $createdBy (the editor's name).
MATCH (a:Area {id: $areaId})
CREATE (s:CalendarSubscription {id: $id, areaId: a.id, hash: $hash, createdBy: $createdBy, createdAt: datetime()})
RETURN s {.id, .areaId, .createdBy, .createdAt, .revokedAt, .revokedBy} AS subscription
