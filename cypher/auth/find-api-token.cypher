// Which live API token has this hash? Authenticates a request; a revoked token is not returned.
// Parameters: $hash (hex SHA-256 of the presented token).
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
RETURN t {.id, .name, .role, .areas} AS token
