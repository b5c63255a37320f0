// One sync's record. Parameters: $id.
MATCH (s:ModernGovSync {id: $id})
RETURN s {.*} AS sync
