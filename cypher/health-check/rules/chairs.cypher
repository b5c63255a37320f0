// Rule has-chair: who chairs the board on the date? A person directly, or a post (Role), with
// the people holding the post. Everything counted is in force on the date.
// Parameters: $boardId, $asOf (date string).
WITH date($asOf) AS d
MATCH (b:Board {id: $boardId})
RETURN COLLECT {
  MATCH (c:Entity)-[r:CHAIRS]->(b)
  WHERE (c:Person OR c:Role)
    AND (c.validFrom IS NULL OR c.validFrom <= d) AND (c.validTo IS NULL OR c.validTo > d)
    AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
  RETURN {
    chair: c {.*, label: [l IN labels(c) WHERE l <> 'Entity'][0]},
    edge: r {.validFrom, .validTo, .sources, .description, .ambiguity, type: 'CHAIRS', source: c.id, target: b.id},
    holders: [(p:Person)-[h:HOLDS_ROLE]->(c)
      WHERE (p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo > d)
        AND (h.validFrom IS NULL OR h.validFrom <= d) AND (h.validTo IS NULL OR h.validTo > d)
      | {entity: p {.*, label: 'Person'},
         edge: h {.validFrom, .validTo, .sources, .description, .ambiguity, type: 'HOLDS_ROLE', source: p.id, target: c.id}}]
  }
} AS chairs
