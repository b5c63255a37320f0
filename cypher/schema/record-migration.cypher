// Record that a schema migration ran, so that it never runs again.
// Parameters: $id (the migration's file name without .cypher).
MERGE (m:Migration {id: $id})
ON CREATE SET m.appliedAt = datetime()
