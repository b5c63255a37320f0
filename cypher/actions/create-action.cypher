// Create an action that answers a finding of a board: a red or amber health-check rule
// (ANSWERS the board, with the rule's id) or a principle flagged in a self-assessment round
// (ANSWERS the round, with the principle), owned by a person in the graph.
// Parameters: $action: {id, what, dueOn, notes, findingKind, ruleId, principle}, $boardId, $roundId (or null),
//   $ownerId, $createdBy. No row when the board, the owner or the round is not there.
MATCH (b:Board {id: $boardId})
MATCH (owner:Person {id: $ownerId})
OPTIONAL MATCH (round:AssessmentRound {id: $roundId})-[:ASSESSES]->(b)
WITH b, owner, round
WHERE $roundId IS NULL OR round IS NOT NULL
CREATE (a:Action {id: $action.id, what: $action.what, dueOn: date($action.dueOn), notes: $action.notes,
  status: 'OPEN', findingKind: $action.findingKind, ruleId: $action.ruleId, principle: $action.principle,
  version: 1, createdAt: datetime(), createdBy: $createdBy})
CREATE (a)-[:ACTION_FOR]->(b)
CREATE (a)-[:OWNED_BY]->(owner)
FOREACH (target IN CASE WHEN round IS NULL THEN [b] ELSE [round] END |
  CREATE (a)-[:ANSWERS {ruleId: $action.ruleId, principle: $action.principle}]->(target))
RETURN a.id AS id
