// Store a new API token: only its hash, never the token itself.
// Parameters: $id, $name, $role (viewer, editor, admin), $hash, $createdBy,
//   $areas (the area ids the role is limited to, or null for every area).
CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdBy: $createdBy, createdAt: datetime(), areas: $areas})
RETURN t {.id, .name, .role, .areas, .createdBy, .createdAt, .revokedAt, .revokedBy} AS token
