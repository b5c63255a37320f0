// Every API token ever issued, newest first, live and revoked; never the hash.
// Parameters: none.
MATCH (t:ApiToken)
RETURN t {.id, .name, .role, .areas, .createdBy, .createdAt, .revokedAt, .revokedBy} AS token
ORDER BY t.createdAt DESC
