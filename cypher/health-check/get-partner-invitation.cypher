// One partner invitation with what its page needs: the round, its board, the partner, the draft
// and the latest submission. Every partner request reads it, so a revoked or expired link, or a
// closed round, is noticed on the next request.
// Parameters: $invitationId.
MATCH (i:PartnerInvitation {id: $invitationId})-[:FOR_ROUND]->(round:AssessmentRound)-[:ASSESSES]->(b:Board)
MATCH (i)-[:INVITES]->(p:Organisation)
OPTIONAL MATCH (latest:AssessmentResponse)-[:IN_ROUND]->(round)
WHERE (latest)-[:FROM_PARTNER]->(p) AND NOT EXISTS { (:AssessmentResponse)-[:REPLACES]->(latest) }
RETURN i {.id, .revokedAt, .expiresAt, .draftStatementIds, .draftScores, .draftPrinciples, .draftComments, .draftSavedAt} AS invitation,
  round {.id, .name, .openedOn, .closedOn} AS round, b {.id, .name} AS board, p {.id, .name} AS partner,
  CASE WHEN latest IS NULL THEN null ELSE latest {.version, .recordedAt, .statementIds, .statementScores, .principles, .comments} END AS submitted
