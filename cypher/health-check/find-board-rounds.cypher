// Before opening a self-assessment round: the board, and the names of the rounds it already has.
// Parameters: $boardId.
MATCH (b:Board {id: $boardId})
RETURN b.id AS boardId, [(r:AssessmentRound)-[:ASSESSES]->(b) | r.name] AS roundNames
