// Where is accountability missing or thin in an area on a date? The area's
// strategies in force, each with its number of leads and the first bodies of its
// routes (GOVERNED_THROUGH, OVERSEEN_BY, a lead body); its boards in force;
// and the people who lead more than $leadThreshold of its strategies or chair
// more than $chairThreshold of its bodies; and every body above the first
// bodies and the boards along ACCOUNTABLE_TO, REPORTS_TO, SITS_WITHIN and
// OVERSEEN_BY (at most 15 steps), with its upward lines and its chairs. Cycles
// and single points of failure are worked out from this answer
// (server/jobs/oversight/find-gaps.ts).
// Parameters: $area (an Area id, name or alias, or null for every area); $asOf (YYYY-MM-DD, or null);
//   $leadThreshold, $chairThreshold.
// Source: 004 section 4 (rows without a lead or a governance route are real gaps); 002 Appendix 5; 000 section 3.
OPTIONAL MATCH (found:Area)
WHERE found.id = $area OR toLower(found.name) = toLower($area)
   OR toLower($area) IN [alias IN coalesce(found.aliases, []) | toLower(alias)]
WITH found AS area, date($asOf) AS d
ORDER BY area.id = $area DESC, area.id
LIMIT 1
WITH area, d, $area IS NULL OR area IS NOT NULL AS areaFound
CALL (area, d) {
  MATCH (s:Strategy)
  WHERE (d IS NULL OR ((s.validFrom IS NULL OR s.validFrom <= d) AND (s.validTo IS NULL OR s.validTo > d)))
    AND ($area IS NULL OR EXISTS { (s)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(area) })
  WITH s
  ORDER BY s.name
  RETURN collect({
    strategy: s {.*, label: 'Strategy'},
    leadCount: COUNT {
      MATCH (lead:Entity)-[r:LEADS]->(s)
      WHERE (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
        AND (d IS NULL OR ((lead.validFrom IS NULL OR lead.validFrom <= d) AND (lead.validTo IS NULL OR lead.validTo > d)))
    },
    starts: COLLECT {
      MATCH (s)-[r]-(b:Entity)
      WHERE ((startNode(r) = s AND type(r) IN ['GOVERNED_THROUGH', 'OVERSEEN_BY'])
          OR (endNode(r) = s AND type(r) = 'LEADS' AND (b:Board OR b:Organisation)))
        AND (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
        AND (d IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo > d)))
      RETURN {
        type: type(r), from: s.id, to: b.id, validFrom: r.validFrom, validTo: r.validTo,
        description: r.description, ambiguity: r.ambiguity, sources: r.sources
      } AS start
      ORDER BY start.type, start.to
    }
  }) AS strategies
}
CALL (area, d) {
  MATCH (b:Board)
  WHERE (d IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo > d)))
    AND ($area IS NULL OR EXISTS { (b)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(area) })
  WITH b.id AS id
  ORDER BY id
  RETURN collect(id) AS boardIds
}
CALL (d, strategies, boardIds) {
  UNWIND reduce(ids = boardIds, row IN strategies | ids + [start IN row.starts | start.to]) AS startId
  MATCH (start:Entity {id: startId})
  MATCH (start)(()-[u:ACCOUNTABLE_TO|REPORTS_TO|SITS_WITHIN|OVERSEEN_BY]->(m:Entity)
      WHERE (d IS NULL OR ((u.validFrom IS NULL OR u.validFrom <= d) AND (u.validTo IS NULL OR u.validTo > d)))
        AND (d IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= d) AND (m.validTo IS NULL OR m.validTo > d)))){0,15}(body)
  WITH DISTINCT body
  ORDER BY body.name
  RETURN collect({
    body: body {.*, label: [l IN labels(body) WHERE l <> 'Entity'][0]},
    lines: COLLECT {
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
    },
    chairs: COLLECT {
      MATCH (chair:Person|Role)-[c:CHAIRS]->(body)
      WHERE (d IS NULL OR ((c.validFrom IS NULL OR c.validFrom <= d) AND (c.validTo IS NULL OR c.validTo > d)))
        AND (d IS NULL OR ((chair.validFrom IS NULL OR chair.validFrom <= d) AND (chair.validTo IS NULL OR chair.validTo > d)))
      RETURN chair {.*, label: [l IN labels(chair) WHERE l <> 'Entity'][0]} AS chair
      ORDER BY chair.name
    }
  }) AS bodies
}
RETURN
  areaFound,
  area {.*, label: 'Area'} AS area,
  strategies,
  boardIds,
  COLLECT {
    MATCH (p:Person)
    WHERE (d IS NULL OR ((p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo > d)))
    WITH p,
      COLLECT {
        MATCH (p)-[r:LEADS]->(s:Strategy)
        WHERE (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
          AND (d IS NULL OR ((s.validFrom IS NULL OR s.validFrom <= d) AND (s.validTo IS NULL OR s.validTo > d)))
          AND ($area IS NULL OR EXISTS { (s)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(area) })
        RETURN s {.*, label: 'Strategy'} AS s
        ORDER BY s.name
      } AS leads,
      COLLECT {
        MATCH (p)-[r:CHAIRS]->(b:Entity)
        WHERE (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
          AND (d IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo > d)))
          AND ($area IS NULL OR EXISTS { (b)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(area) })
        RETURN b {.*, label: [l IN labels(b) WHERE l <> 'Entity'][0]} AS b
        ORDER BY b.name
      } AS chairs
    WHERE size(leads) > $leadThreshold OR size(chairs) > $chairThreshold
    RETURN {person: p {.*, label: 'Person'}, leads: leads, chairs: chairs} AS load
    ORDER BY size(load.leads) + size(load.chairs) DESC, p.name
  } AS overloadedPeople,
  bodies
