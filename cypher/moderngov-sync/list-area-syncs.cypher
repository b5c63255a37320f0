// An area's syncs, newest first. Parameters: $areaId, $limit.
MATCH (s:ModernGovSync {areaId: $areaId})
RETURN s {.*} AS sync
ORDER BY s.requestedAt DESC
LIMIT toInteger($limit)
