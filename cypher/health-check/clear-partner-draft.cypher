// After a partner's submission: the draft became the submitted version, so it is cleared.
// Parameters: $invitationId.
MATCH (i:PartnerInvitation {id: $invitationId})
REMOVE i.draftStatementIds, i.draftScores, i.draftPrinciples, i.draftComments, i.draftSavedAt
RETURN i.id AS invitationId
