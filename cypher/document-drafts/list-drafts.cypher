// Recent drafts, newest first, without their facts.
// Parameters: $limit.
MATCH (d:DocumentDraft)
RETURN d {.*} AS draft, [] AS facts
ORDER BY d.createdAt DESC
LIMIT toInteger($limit)
