// One draft with its facts in document order.
// Parameters: $id.
MATCH (d:DocumentDraft {id: $id})
RETURN d {.*} AS draft, COLLECT { MATCH (d)-[:PROPOSES]->(f:DraftFact) RETURN f {.*} AS fact ORDER BY f.seq } AS facts
