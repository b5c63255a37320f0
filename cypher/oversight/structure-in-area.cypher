// What has an area's governance structure ever held, with the dates of each fact?
// The boards, organisations, strategies and posts of the area and its sub-areas,
// every line of the chosen types that touches one of them, the entities at the
// other ends, and the documents loaded. No date filter: the diff between two
// dates, and which facts later documents no longer restate, are worked out
// from this one answer (server/jobs/oversight/diff-structure.ts).
// Parameters: $area (an Area id, name or alias); $types (relationship types that make the structure).
// Source: 003 (2008), 002 Appendix 5 (2011), 000 section 3 and 001 (2016) for Essex; 004 for Southend.
MATCH (area:Area)
WHERE area.id = $area OR toLower(area.name) = toLower($area)
   OR toLower($area) IN [alias IN coalesce(area.aliases, []) | toLower(alias)]
WITH area
ORDER BY area.id = $area DESC, area.id
LIMIT 1
CALL (area) {
  MATCH (n:Board|Organisation|Strategy|Role)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(area)
  RETURN collect(DISTINCT n) AS bodies
}
RETURN
  area {.*, label: 'Area'} AS area,
  [n IN bodies | n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS bodies,
  COLLECT {
    UNWIND bodies AS b
    MATCH (b)-[r]-(:Entity&!Area)
    WHERE type(r) IN $types
    RETURN DISTINCT {
      type: type(r), from: startNode(r).id, to: endNode(r).id, validFrom: r.validFrom, validTo: r.validTo,
      description: r.description, ambiguity: r.ambiguity, sources: r.sources,
      lastEvidencedOn: CASE WHEN r.lastEvidencedRule IS NULL THEN null ELSE r.lastEvidencedOn END, lastEvidencedIn: r.lastEvidencedIn, statute: r.statute
    } AS line
  } AS lines,
  COLLECT {
    UNWIND bodies AS b
    MATCH (b)-[r]-(other:Entity&!Area)
    WHERE type(r) IN $types AND NOT other IN bodies
    WITH DISTINCT other
    RETURN other {.*, label: [l IN labels(other) WHERE l <> 'Entity'][0]} AS other
  } AS others,
  COLLECT {
    MATCH (doc:Document)
    RETURN doc {.file, .title, .date} AS doc
    ORDER BY doc.date, doc.file
  } AS documents
