// Before recording a partner's scores: take the round's write lock, so that two recordings for
// one partner cannot both become current, and say what the round, its board and the partner are.
// Parameters: $roundId, $partnerId.
OPTIONAL MATCH (round:AssessmentRound {id: $roundId})
FOREACH (locked IN CASE WHEN round IS NULL THEN [] ELSE [round] END | SET locked.lastRecordedAt = datetime())
WITH round
OPTIONAL MATCH (round)-[:ASSESSES]->(b:Board)
OPTIONAL MATCH (p:Entity {id: $partnerId})
RETURN round.id AS roundId, b.id AS boardId, round.closedOn AS closedOn,
  CASE WHEN p IS NULL THEN null ELSE [l IN labels(p) WHERE l <> 'Entity'][0] END AS partnerLabel
