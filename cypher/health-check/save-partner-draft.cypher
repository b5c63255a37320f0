// Keep a partner's answers as a draft on their invitation (replacing the previous draft); also used
// to keep what they typed when a round closed under them. Takes the invitation's write lock.
// Parameters: $invitationId, $draft: {statementIds, scores (0 for unanswered), principles, comments}.
MATCH (i:PartnerInvitation {id: $invitationId})
SET i.draftStatementIds = $draft.statementIds, i.draftScores = [s IN $draft.scores | toInteger(s)],
  i.draftPrinciples = $draft.principles, i.draftComments = $draft.comments, i.draftSavedAt = datetime()
RETURN i.id AS invitationId, toString(i.draftSavedAt) AS savedAt
