// Record a ModernGov sync as requested, before any request is made: its id answers at once,
// and any instance can read its progress. Parameters: $sync (the record's properties).
CREATE (s:ModernGovSync)
SET s = $sync, s.requestedAt = datetime(), s.readOn = date($sync.readOn), s.from = date($sync.from)
RETURN s.id AS id
