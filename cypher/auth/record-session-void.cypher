// Sign-out: every session of this user issued at or before $voidedAt is void from now on, on every
// instance (a sealed cookie cannot be recalled). Only a later moment replaces an earlier one.
// Parameters: $userId (the session's user id), $voidedAt (milliseconds since 1970).
MERGE (v:SessionVoid {userId: $userId})
SET v.voidedAt = CASE WHEN v.voidedAt IS NULL OR v.voidedAt < $voidedAt THEN $voidedAt ELSE v.voidedAt END
RETURN v.voidedAt AS voidedAt
