// The latest earlier sync of the same site into the same area, when it wrote and failed: the
// next run skips the committees it finished. Parameters: $host, $areaId, $from, $before (the new sync's id).
MATCH (s:ModernGovSync {host: $host, areaId: $areaId, dryRun: false})
WHERE s.id <> $before
WITH s ORDER BY s.requestedAt DESC LIMIT 1
WITH s WHERE s.state = 'FAILED' AND coalesce(toString(s.from), '') = coalesce($from, '')
RETURN s.id AS id, coalesce(s.doneCommitteeIds, []) AS doneCommitteeIds
