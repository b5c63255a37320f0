// Open a round of the partners' self-assessment of a board (Partnership Assessment Tool, 2003).
// Parameters: $boardId, $round: {id, name, openedOn}, $source (encoded citation: entered by user).
MATCH (b:Board {id: $boardId})
CREATE (round:AssessmentRound {id: $round.id, name: $round.name, openedOn: date($round.openedOn),
  createdAt: datetime(), sources: [$source]})
CREATE (round)-[:ASSESSES]->(b)
RETURN round.id AS id
