// Use a one-time link: the write lock is taken before its state is read (SET first), so two
// requests racing for the same link cannot both see it unused. Marks it used in any case.
// Parameters: $hash, $now (milliseconds since 1970).
// Returns its state as it was: usedAt (null the first time) and expiresAt; no row for an unknown code.
MATCH (l:OneTimeLink {hash: $hash})
SET l.claiming = true
WITH l, l.usedAt AS usedAt, l.expiresAt AS expiresAt
SET l.usedAt = coalesce(l.usedAt, $now)
REMOVE l.claiming
RETURN usedAt, expiresAt
