// Before opening a self-assessment round: the board, and the names of the rounds it already
// has. Runs in the write transaction and takes the board's write lock first (set and removed
// at once, leaving no trace), so that two rounds of one name cannot both be opened.
// Parameters: $boardId.
MATCH (b:Board {id: $boardId})
SET b._lock = true
REMOVE b._lock
WITH b
RETURN b.id AS boardId, [(r:AssessmentRound)-[:ASSESSES]->(b) | r.name] AS roundNames
