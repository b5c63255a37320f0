// Candidates for each name a draft proposes, from the full-text index on names and aliases.
// Parameters: $names [{text, query}] where query is the name's words, lower case, letters and digits only
//   (server/jobs/document-drafts/match/lucene-words.ts), so that nothing in it is Lucene syntax.
UNWIND $names AS name
CALL (name) {
  CALL db.index.fulltext.queryNodes('entity_names', name.query, {limit: 8}) YIELD node, score
  RETURN collect(node {.id, .name, .aliases, label: [l IN labels(node) WHERE l <> 'Entity'][0]}) AS candidates
}
RETURN name.text AS text, candidates
