// Store the administrator's one-time sign-in link: only the hash of its code, and when it expires.
// Parameters: $hash (hex SHA-256 of the code), $createdAt and $expiresAt (milliseconds since 1970).
CREATE (l:OneTimeLink {hash: $hash, createdAt: $createdAt, expiresAt: $expiresAt})
RETURN l.hash AS hash
