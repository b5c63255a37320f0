// Stores the marks of the last-evidenced rule: lastEvidencedOn (a date) and lastEvidencedIn (the
// citation), with lastEvidencedRule so that only marks this rule set are ever cleared by it (a
// committee-system sync writes the same two properties by its own rule). A row whose `on` is null
// clears the mark. Parameters: $nodes: [{id, on, in}], $lines: [{type, from, to, on, in}].
CALL () {
  UNWIND $nodes AS row
  MATCH (n:Entity {id: row.id})
  SET n.lastEvidencedOn = CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END,
      n.lastEvidencedIn = row.in,
      n.lastEvidencedRule = CASE WHEN row.on IS NULL THEN null ELSE 'WHOLE_STRUCTURE' END
  RETURN count(n) AS nodes
}
CALL () {
  UNWIND $lines AS row
  MATCH (:Entity {id: row.from})-[r]->(:Entity {id: row.to}) WHERE type(r) = row.type
  SET r.lastEvidencedOn = CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END,
      r.lastEvidencedIn = row.in,
      r.lastEvidencedRule = CASE WHEN row.on IS NULL THEN null ELSE 'WHOLE_STRUCTURE' END
  RETURN count(r) AS lines
}
RETURN nodes, lines
