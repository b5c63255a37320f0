// Rule strategies-led-and-governed: the strategies the board governs (GOVERNED_THROUGH), oversees
// (OVERSEEN_BY) or leads (LEADS) on the date, each with its leads and its governance routes
// (004 section 4: lead, governance and reporting, oversight role).
// Parameters: $boardId, $asOf (date string).
WITH date($asOf) AS d
MATCH (b:Board {id: $boardId})
// Start from the board's own lines, never from every Strategy: the cost follows the board, not the country.
RETURN COLLECT {
  CALL (b, d) {
    MATCH (s:Strategy)-[r:GOVERNED_THROUGH|OVERSEEN_BY]->(b)
    WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
    RETURN s
    UNION
    MATCH (b)-[r:LEADS]->(s:Strategy)
    WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
    RETURN s
  }
  WITH b, d, s
  WHERE (s.validFrom IS NULL OR s.validFrom <= d) AND (s.validTo IS NULL OR s.validTo > d)
  RETURN {
    strategy: s {.*, label: 'Strategy'},
    links: [(s)-[r:GOVERNED_THROUGH|OVERSEEN_BY]->(b) WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
        | r {.validFrom, .validTo, .sources, .description, .ambiguity, type: type(r), source: s.id, target: b.id}]
      + [(b)-[r:LEADS]->(s) WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
        | r {.validFrom, .validTo, .sources, .description, .ambiguity, type: 'LEADS', source: b.id, target: s.id}],
    leads: [(l:Entity)-[r:LEADS]->(s)
      WHERE (l.validFrom IS NULL OR l.validFrom <= d) AND (l.validTo IS NULL OR l.validTo > d)
        AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
      | {entity: l {.*, label: [x IN labels(l) WHERE x <> 'Entity'][0]},
         edge: r {.validFrom, .validTo, .sources, .description, .ambiguity, type: 'LEADS', source: l.id, target: s.id}}],
    routes: [(s)-[r:GOVERNED_THROUGH]->(g:Entity)
      WHERE (g.validFrom IS NULL OR g.validFrom <= d) AND (g.validTo IS NULL OR g.validTo > d)
        AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
      | {entity: g {.*, label: [x IN labels(g) WHERE x <> 'Entity'][0]},
         edge: r {.validFrom, .validTo, .sources, .description, .ambiguity, type: 'GOVERNED_THROUGH', source: s.id, target: g.id}}]
  }
  ORDER BY s.name
} AS strategies
