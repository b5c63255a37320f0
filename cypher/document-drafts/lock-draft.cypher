// Take the draft's write lock inside the accepting transaction, so that two editors
// deciding the same facts at once are serialised, and read the facts to decide.
// Parameters: $id, $factIds.
MATCH (d:DocumentDraft {id: $id})
SET d.lockedAt = datetime()
RETURN d {.*} AS draft, COLLECT { MATCH (d)-[:PROPOSES]->(f:DraftFact) WHERE f.id IN $factIds RETURN f {.*} AS fact ORDER BY f.seq } AS facts
