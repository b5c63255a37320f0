// A partner invitation's round and partner, before a new link is issued for it.
// Parameters: $invitationId.
MATCH (i:PartnerInvitation {id: $invitationId})
RETURN i.roundId AS roundId, i.partnerId AS partnerId
