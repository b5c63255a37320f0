// Which upward accountability lines lie above these bodies, as they stood on a date?
// Every body reachable from the start bodies along ACCOUNTABLE_TO, REPORTS_TO,
// SITS_WITHIN and OVERSEEN_BY (at most 15 steps, so a cycle is never followed
// forever), each with its own upward lines, the bodies they reach, and who
// chairs it. Routes, cycles and single points of failure are worked out from
// this one answer (server/jobs/oversight/walk-paths.ts).
// Parameters: $startIds (ids of Board or Organisation nodes); $asOf (YYYY-MM-DD, or null for everything).
// Source: 004 section 4 ("the Success for All Children Group is accountable to the Southend Health and Wellbeing board"); 002 Appendix 5; 000 section 3.
WITH date($asOf) AS d
UNWIND $startIds AS startId
MATCH (start:Entity {id: startId})
MATCH (start)(()-[u:ACCOUNTABLE_TO|REPORTS_TO|SITS_WITHIN|OVERSEEN_BY]->(m:Entity)
    WHERE (d IS NULL OR ((u.validFrom IS NULL OR u.validFrom <= d) AND (u.validTo IS NULL OR u.validTo > d)))
      AND (d IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= d) AND (m.validTo IS NULL OR m.validTo > d)))){0,15}(body)
WITH DISTINCT body, d
RETURN
  body {.*, label: [l IN labels(body) WHERE l <> 'Entity'][0]} AS body,
  COLLECT {
    MATCH (body)-[u:ACCOUNTABLE_TO|REPORTS_TO|SITS_WITHIN|OVERSEEN_BY]->(above:Entity)
    WHERE (d IS NULL OR ((u.validFrom IS NULL OR u.validFrom <= d) AND (u.validTo IS NULL OR u.validTo > d)))
      AND (d IS NULL OR ((above.validFrom IS NULL OR above.validFrom <= d) AND (above.validTo IS NULL OR above.validTo > d)))
    RETURN {
      line: {
        type: type(u), from: body.id, to: above.id, validFrom: u.validFrom, validTo: u.validTo,
        description: u.description, ambiguity: u.ambiguity, sources: u.sources
      },
      entity: above {.*, label: [l IN labels(above) WHERE l <> 'Entity'][0]}
    } AS upward
    ORDER BY upward.line.type, above.name
  } AS lines,
  COLLECT {
    MATCH (chair:Person|Role)-[c:CHAIRS]->(body)
    WHERE (d IS NULL OR ((c.validFrom IS NULL OR c.validFrom <= d) AND (c.validTo IS NULL OR c.validTo > d)))
      AND (d IS NULL OR ((chair.validFrom IS NULL OR chair.validFrom <= d) AND (chair.validTo IS NULL OR chair.validTo > d)))
    RETURN chair {.*, label: [l IN labels(chair) WHERE l <> 'Entity'][0]} AS chair
    ORDER BY chair.name
  } AS chairs
ORDER BY body.name
