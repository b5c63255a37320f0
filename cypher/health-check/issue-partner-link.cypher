// Invite a partner to answer a round, or give an invited partner a fresh link: one invitation per
// partner and round. Only the hash of the link's token is kept; a replaced link's hash moves to
// retiredHashes so that it is refused as "replaced" rather than as unknown. Answers saved so far
// (the draft, the submissions) belong to the invitation and survive a new link.
// Parameters: $roundId, $partnerId, $invitationId (used when the partner is new to the round),
// $hash (hex SHA-256 of the token), $expiresAt (ISO date-time), $issuedBy (the editor's name).
MATCH (round:AssessmentRound {id: $roundId})
MATCH (p:Organisation {id: $partnerId})
MERGE (i:PartnerInvitation {roundId: round.id, partnerId: p.id})
  ON CREATE SET i.id = $invitationId, i.createdAt = datetime(), i.linksIssued = 0, i.retiredHashes = []
MERGE (i)-[:FOR_ROUND]->(round)
MERGE (i)-[:INVITES]->(p)
SET i.retiredHashes = CASE WHEN i.hash IS NULL THEN i.retiredHashes ELSE i.retiredHashes + i.hash END,
  i.hash = $hash, i.expiresAt = datetime($expiresAt), i.issuedAt = datetime(), i.issuedBy = $issuedBy,
  i.linksIssued = i.linksIssued + 1, i.linkUsedAt = null, i.revokedAt = null
RETURN i.id AS invitationId
