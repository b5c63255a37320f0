// What did an area's governance look like on a date, for a diagram? The boards,
// organisations and strategies of the area and its sub-areas (IN_AREA, then
// PART_OF up to 3 levels), the entities one line away from them (people and
// posts only where they chair or lead), and every line of the chosen types
// between them, each node and line in force on the date.
// Parameters: $area (an Area id, name or alias); $asOf (YYYY-MM-DD, or null for everything);
//   $types (relationship types to draw); $limit (most nodes returned).
// Source: 000 section 3 (the Essex children's system, 2016); 002 Appendix 5 (2011); 003 (2008); 004 section 4.
MATCH (area:Area)
WHERE area.id = $area OR toLower(area.name) = toLower($area)
   OR toLower($area) IN [alias IN coalesce(area.aliases, []) | toLower(alias)]
WITH area, date($asOf) AS d
ORDER BY area.id = $area DESC, area.id
LIMIT 1
CALL (area, d) {
  MATCH (n:Board|Organisation|Strategy)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(area)
  WHERE (d IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo > d)))
  RETURN n, 0 AS distance
  UNION
  MATCH (core:Board|Organisation|Strategy)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(area)
  WHERE (d IS NULL OR ((core.validFrom IS NULL OR core.validFrom <= d) AND (core.validTo IS NULL OR core.validTo > d)))
  MATCH (core)-[r]-(n:Entity)
  WHERE type(r) IN $types AND NOT n:Area
    AND (NOT (n:Person OR n:Role) OR type(r) IN ['CHAIRS', 'LEADS'])
    AND (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
    AND (d IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo > d)))
  RETURN n, 1 AS distance
}
WITH area, d, n, min(distance) AS distance
ORDER BY distance, n.name
WITH area, d, collect(n) AS found
WITH area, d, found[..toInteger($limit)] AS nodes, size(found) > toInteger($limit) AS truncated
RETURN
  area {.*, label: 'Area'} AS area,
  [n IN nodes | n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
  COLLECT {
    UNWIND nodes AS a
    MATCH (a)-[r]->(b)
    WHERE b IN nodes AND type(r) IN $types
      AND (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
    RETURN {
      type: type(r), from: a.id, to: b.id, validFrom: r.validFrom, validTo: r.validTo,
      description: r.description, ambiguity: r.ambiguity, sources: r.sources,
      lastEvidencedOn: CASE WHEN r.lastEvidencedRule IS NULL THEN null ELSE r.lastEvidencedOn END, lastEvidencedIn: r.lastEvidencedIn, statute: r.statute
    } AS edge
    ORDER BY edge.type, edge.from, edge.to
  } AS edges,
  truncated
