// Record one partner's scores in a round. The partner's current response in the round, if any,
// stays in the graph and the new one REPLACES it: re-recording never loses earlier scores.
// Parameters: $roundId, $partnerId, $response: {id, principles, scores, comments, recordedBy,
// statementIds and statementScores ([] when scored per principle), viaInvitation (or null)}.
MATCH (round:AssessmentRound {id: $roundId})
MATCH (p:Organisation {id: $partnerId})
OPTIONAL MATCH (old:AssessmentResponse)-[:IN_ROUND]->(round)
WHERE (old)-[:FROM_PARTNER]->(p) AND NOT EXISTS { (:AssessmentResponse)-[:REPLACES]->(old) }
WITH round, p, head(collect(old)) AS old
CREATE (response:AssessmentResponse {
  id: $response.id,
  principles: $response.principles,
  scores: [s IN $response.scores | toFloat(s)],
  statementIds: $response.statementIds,
  statementScores: [s IN $response.statementScores | toInteger(s)],
  viaInvitation: $response.viaInvitation,
  comments: $response.comments,
  recordedBy: $response.recordedBy,
  recordedAt: datetime(),
  version: coalesce(old.version, 0) + 1
})
CREATE (response)-[:IN_ROUND]->(round)
CREATE (response)-[:FROM_PARTNER]->(p)
FOREACH (replaced IN CASE WHEN old IS NULL THEN [] ELSE [old] END |
  CREATE (response)-[:REPLACES]->(replaced)
  SET replaced.replacedAt = response.recordedAt)
RETURN response.id AS id, response.version AS version,
  CASE WHEN old IS NULL THEN null ELSE old {.id, .version, .principles, .scores, .comments} END AS replaced
