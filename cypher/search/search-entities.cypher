// Which governance nodes match what a user typed? A node whose id is exactly the
// text comes first; then full-text hits on the name and searchText (normalised
// name and aliases, see server/domain/search-text.ts), best score first.
// Parameters: $id (the text as typed, trimmed), $query (a Lucene query built and
//   escaped by server/jobs/search/lucene-query.ts, or '' when nothing is searchable), $limit.
CALL () {
  MATCH (n:Entity {id: $id})
  RETURN n, 1.0e9 AS score
  UNION ALL
  WITH $query AS query
  WHERE query <> ''
  CALL db.index.fulltext.queryNodes('entity_names', query, {limit: toInteger($limit) * 2}) YIELD node, score
  RETURN node AS n, score
}
WITH n, max(score) AS score
ORDER BY score DESC, n.name
LIMIT toInteger($limit)
RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity, score
