// People already in the graph under another source (a seed, an edit) whose name matches a person
// a sync brings in: proposed to an editor, never merged. Parameters: $people: [{id, query}]
// (query: the name's words joined with AND, letters and digits only), $limit.
UNWIND $people AS person
CALL db.index.fulltext.queryNodes('entity_names', person.query, {limit: toInteger($limit)}) YIELD node, score
WITH person, node, score
WHERE node:Person AND node.moderngovId IS NULL AND node.id <> person.id
RETURN person.id AS personId, node.id AS candidateId, node.name AS candidateName, score
ORDER BY personId, score DESC
