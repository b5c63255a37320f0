// When this user's sessions were last voided by a sign-out (milliseconds since 1970); no row: never.
// Parameters: $userId.
MATCH (v:SessionVoid {userId: $userId})
RETURN v.voidedAt AS voidedAt
