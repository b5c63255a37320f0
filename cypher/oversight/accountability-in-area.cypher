// Where is accountability missing or thin in an area on a date? The area's
// strategies in force, each with its number of leads and the first bodies of its
// routes (GOVERNED_THROUGH, OVERSEEN_BY, a lead body); its boards in force;
// and the people who lead more than $leadThreshold of its strategies or chair
// more than $chairThreshold of its bodies; and every body above the first
// bodies and the boards along ACCOUNTABLE_TO, REPORTS_TO, SITS_WITHIN,
// OVERSEEN_BY and PART_OF (at most 15 steps), with its upward lines and its chairs. Cycles
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
// The area's own strategies, boards and organisations in force, found from the
// area and its sub-areas (every one when no area is named).
CALL (area, d) {
  CALL (area) {
    // A WHERE $area IS NULL here is checked after the label scan, which then reads
    // every strategy, board and organisation in the country to drop them all; an
    // empty UNWIND stops the branch before the scan starts.
    UNWIND CASE WHEN $area IS NULL THEN [true] ELSE [] END AS everyArea
    MATCH (n:Strategy|Board|Organisation)
    RETURN n
    UNION
    MATCH (area)<-[:PART_OF*0..3]-(:Area)<-[:IN_AREA]-(n:Strategy|Board|Organisation)
    RETURN n
  }
  WITH n
  WHERE (d IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo > d)))
  ORDER BY n.name
  RETURN [x IN collect(n) WHERE x:Strategy] AS strategyNodes, [x IN collect(n) WHERE NOT x:Strategy] AS bodyNodes
}
CALL (d, strategyNodes) {
  UNWIND strategyNodes AS s
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
        description: r.description, ambiguity: r.ambiguity, sources: r.sources,
      lastEvidencedOn: CASE WHEN r.lastEvidencedRule IS NULL THEN null ELSE r.lastEvidencedOn END, lastEvidencedIn: r.lastEvidencedIn, statute: r.statute
      } AS start
      ORDER BY start.type, start.to
    }
  }) AS strategies
}
// People who lead more than $leadThreshold of these strategies or chair more than $chairThreshold of these bodies.
CALL (d, strategyNodes, bodyNodes) {
  CALL (d, strategyNodes, bodyNodes) {
    UNWIND strategyNodes AS s
    MATCH (p:Person)-[r:LEADS]->(s)
    WHERE (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d))) AND (d IS NULL OR ((p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo > d)))
    RETURN p, s AS led, null AS chaired
    UNION ALL
    UNWIND bodyNodes AS b
    MATCH (p:Person)-[r:CHAIRS]->(b)
    WHERE (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d))) AND (d IS NULL OR ((p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo > d)))
    RETURN p, null AS led, b AS chaired
  }
  WITH p, collect(DISTINCT led) AS leads, collect(DISTINCT chaired) AS chairs
  WHERE size(leads) > $leadThreshold OR size(chairs) > $chairThreshold
  ORDER BY size(leads) + size(chairs) DESC, p.name
  RETURN collect({
    person: p {.*, label: 'Person'},
    leads: [x IN leads | x {.*, label: 'Strategy'}],
    chairs: [x IN chairs | x {.*, label: [l IN labels(x) WHERE l <> 'Entity'][0]}]
  }) AS overloadedPeople
}
// Every body above the strategies' first bodies and the area's boards. Only
// nodes travel from row to row here: a DISTINCT or UNION over rows that carry
// the big lists would hold a copy of them per row.
CALL (d, strategyNodes, bodyNodes) {
  UNWIND strategyNodes + [b IN bodyNodes WHERE b:Board] AS x
  WITH DISTINCT d, x
  CALL (d, x) {
    WITH x
    WHERE x:Board
    RETURN x AS start
    UNION
    MATCH (x:Strategy)-[r:GOVERNED_THROUGH|OVERSEEN_BY]->(b:Entity)
    WHERE (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d))) AND (d IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo > d)))
    RETURN b AS start
    UNION
    MATCH (x:Strategy)<-[r:LEADS]-(b:Board|Organisation)
    WHERE (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d))) AND (d IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo > d)))
    RETURN b AS start
  }
  WITH DISTINCT d, start
  MATCH (start)(()-[u:ACCOUNTABLE_TO|REPORTS_TO|SITS_WITHIN|OVERSEEN_BY|PART_OF|COMMITTEE_OF|EXECUTIVE_OF]->(m:Board|Organisation)
      WHERE (d IS NULL OR ((u.validFrom IS NULL OR u.validFrom <= d) AND (u.validTo IS NULL OR u.validTo > d)))
        AND (d IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= d) AND (m.validTo IS NULL OR m.validTo > d)))){0,15}(body)
  WITH DISTINCT body
  ORDER BY body.name
  RETURN collect({
    body: body {.*, label: [l IN labels(body) WHERE l <> 'Entity'][0]},
    lines: COLLECT {
      MATCH (body)-[u:ACCOUNTABLE_TO|REPORTS_TO|SITS_WITHIN|OVERSEEN_BY|PART_OF|COMMITTEE_OF|EXECUTIVE_OF]->(above:Board|Organisation)
      WHERE (d IS NULL OR ((u.validFrom IS NULL OR u.validFrom <= d) AND (u.validTo IS NULL OR u.validTo > d)))
        AND (d IS NULL OR ((above.validFrom IS NULL OR above.validFrom <= d) AND (above.validTo IS NULL OR above.validTo > d)))
      RETURN {
        line: {
          type: type(u), from: body.id, to: above.id, validFrom: u.validFrom, validTo: u.validTo,
          description: u.description, ambiguity: u.ambiguity, sources: u.sources,
      lastEvidencedOn: CASE WHEN u.lastEvidencedRule IS NULL THEN null ELSE u.lastEvidencedOn END, lastEvidencedIn: u.lastEvidencedIn, statute: u.statute
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
  [b IN bodyNodes WHERE b:Board | b.id] AS boardIds,
  overloadedPeople,
  bodies
