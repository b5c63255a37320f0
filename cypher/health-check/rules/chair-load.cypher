// Rule chair-load: how much else do the board's chairs carry on the date? Each person chairing it
// (directly, or through a post they hold), and each chairing post with no holder recorded, with
// the boards they chair and the strategies they lead, directly or through a post.
// Parameters: $boardId, $asOf (date string).
WITH date($asOf) AS d
MATCH (b:Board {id: $boardId})
RETURN COLLECT {
  MATCH (c:Entity)-[r:CHAIRS]->(b)
  WHERE (c:Person OR c:Role)
    AND (c.validFrom IS NULL OR c.validFrom <= d) AND (c.validTo IS NULL OR c.validTo > d)
    AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
  OPTIONAL MATCH (p:Person)-[h:HOLDS_ROLE]->(c)
  WHERE (p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo > d)
    AND (h.validFrom IS NULL OR h.validFrom <= d) AND (h.validTo IS NULL OR h.validTo > d)
  WITH DISTINCT coalesce(p, c) AS who, d
  RETURN {
    chair: who {.*, label: [l IN labels(who) WHERE l <> 'Entity'][0]},
    boards: [q = (who)-[:HOLDS_ROLE*0..1]->(:Entity)-[:CHAIRS]->(x:Board)
      WHERE all(y IN nodes(q) + relationships(q) WHERE (y.validFrom IS NULL OR y.validFrom <= d) AND (y.validTo IS NULL OR y.validTo > d))
      | {entity: x {.*, label: 'Board'}, edge: last([r IN relationships(q) | r {.validFrom, .validTo, .sources, .description, .ambiguity,
          type: type(r), source: startNode(r).id, target: endNode(r).id}])}],
    strategies: [q = (who)-[:HOLDS_ROLE*0..1]->(:Entity)-[:LEADS]->(x:Strategy)
      WHERE all(y IN nodes(q) + relationships(q) WHERE (y.validFrom IS NULL OR y.validFrom <= d) AND (y.validTo IS NULL OR y.validTo > d))
      | {entity: x {.*, label: 'Strategy'}, edge: last([r IN relationships(q) | r {.validFrom, .validTo, .sources, .description, .ambiguity,
          type: type(r), source: startNode(r).id, target: endNode(r).id}])}]
  }
} AS chairs
