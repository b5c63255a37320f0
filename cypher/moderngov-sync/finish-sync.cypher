// A sync's end: succeeded with its report, or failed saying where it stopped (the report holds
// what was done before). Parameters: $id, $state, $report (JSON text), $error, $errorCode, $stoppedAt.
MATCH (s:ModernGovSync {id: $id})
SET s.state = $state, s.report = $report, s.error = $error, s.errorCode = $errorCode, s.stoppedAt = $stoppedAt, s.finishedAt = datetime()
RETURN s.id AS id
