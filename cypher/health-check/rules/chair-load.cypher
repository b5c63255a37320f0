// Rule chair-load: how much else do the board's chairs carry on the date? Each person chairing it
// (directly, or through a post they hold), and each chairing post with no holder recorded, with
// the boards they chair and the strategies they lead, directly or through a post.
// Parameters: $boardId, $asOf (date string).
WITH date($asOf) AS d
MATCH (b:Board {id: $boardId})
RETURN COLLECT {
  MATCH (c:Entity)-[r:CHAIRS]->(b)
  WHERE (c:Person OR c:Role)
    AND coalesce(c.validFrom, d) <= d AND (c.validTo IS NULL OR c.validTo > d)
    AND coalesce(r.validFrom, d) <= d AND (r.validTo IS NULL OR r.validTo > d)
  OPTIONAL MATCH (p:Person)-[h:HOLDS_ROLE]->(c)
  WHERE coalesce(p.validFrom, d) <= d AND (p.validTo IS NULL OR p.validTo > d)
    AND coalesce(h.validFrom, d) <= d AND (h.validTo IS NULL OR h.validTo > d)
  WITH DISTINCT coalesce(p, c) AS who, d
  RETURN {
    chair: who {.*, label: [l IN labels(who) WHERE l <> 'Entity'][0]},
    boards: [q = (who)-[:HOLDS_ROLE*0..1]->(:Entity)-[:CHAIRS]->(x:Board)
      WHERE all(y IN nodes(q) + relationships(q) WHERE coalesce(y.validFrom, d) <= d AND (y.validTo IS NULL OR y.validTo > d))
      | {entity: x {.*, label: 'Board'}, edge: last([r IN relationships(q) | r {.validFrom, .validTo, .sources, .description, .ambiguity,
          type: type(r), source: startNode(r).id, target: endNode(r).id}])}],
    strategies: [q = (who)-[:HOLDS_ROLE*0..1]->(:Entity)-[:LEADS]->(x:Strategy)
      WHERE all(y IN nodes(q) + relationships(q) WHERE coalesce(y.validFrom, d) <= d AND (y.validTo IS NULL OR y.validTo > d))
      | {entity: x {.*, label: 'Strategy'}, edge: last([r IN relationships(q) | r {.validFrom, .validTo, .sources, .description, .ambiguity,
          type: type(r), source: startNode(r).id, target: endNode(r).id}])}]
  }
} AS chairs
