// Store a new API token: only its hash, never the token itself.
// Parameters: $id, $name, $role (viewer, editor, admin), $hash, $createdBy.
CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdBy: $createdBy, createdAt: datetime()})
RETURN t {.id, .name, .role, .createdBy, .createdAt, .revokedAt, .revokedBy} AS token
