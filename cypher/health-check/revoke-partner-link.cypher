// Stop a partner's link, and any page opened with it (partner requests re-read the invitation).
// Parameters: $invitationId. Returns the round's id, or no row for an unknown invitation.
MATCH (i:PartnerInvitation {id: $invitationId})
SET i.revokedAt = coalesce(i.revokedAt, datetime())
RETURN i.roundId AS roundId, i.partnerId AS partnerId
