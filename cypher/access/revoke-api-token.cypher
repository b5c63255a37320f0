// Revoke an API token: it stays on record (who made it, who revoked it, when) but no longer authenticates.
// Parameters: $id, $revokedBy. Returns the token as it was before (wasRevoked) and after.
MATCH (t:ApiToken {id: $id})
WITH t, t.revokedAt IS NOT NULL AS wasRevoked
SET t.revokedAt = coalesce(t.revokedAt, datetime()), t.revokedBy = coalesce(t.revokedBy, $revokedBy)
RETURN wasRevoked, t {.id, .name, .role, .areas, .createdBy, .createdAt, .revokedAt, .revokedBy} AS token
