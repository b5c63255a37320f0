// Exchange a partner link's token for a page session: the write lock is taken before the state is
// read (SET first), so two requests racing with one link cannot both find it unused. A link is
// exchanged once; the state returned is as it was before this claim.
// Parameters: $hash (hex SHA-256 of the presented token).
// Returns no row for a token never issued; replaced = true for a link a newer one replaced.
OPTIONAL MATCH (current:PartnerInvitation {hash: $hash})
OPTIONAL MATCH (retired:PartnerInvitation) WHERE current IS NULL AND $hash IN retired.retiredHashes
WITH coalesce(current, retired) AS i, current IS NULL AS replaced
WHERE i IS NOT NULL
SET i.claiming = true
WITH i, replaced, i.linkUsedAt AS usedAt
SET i.linkUsedAt = CASE WHEN replaced THEN i.linkUsedAt ELSE coalesce(i.linkUsedAt, datetime()) END,
  i.openedAt = CASE WHEN replaced THEN i.openedAt ELSE coalesce(i.openedAt, datetime()) END
REMOVE i.claiming
RETURN i.id AS invitationId, replaced, usedAt IS NOT NULL AS alreadyUsed,
  i.revokedAt IS NOT NULL AS revoked, i.expiresAt < datetime() AS expired
