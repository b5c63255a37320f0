// What an export holds: the nodes of one area (the area, the areas within it, the nodes in
// those, and the nodes with no area of their own, no IN_AREA line, linked to them through others
// like them in up to four steps), or of the whole graph; the lines with both ends among them;
// how many lines were left out because one end is outside; and the documents the graph cites.
// Parameters: $areaId (or null for the whole graph).
CALL () {
  MATCH (n:Entity) WHERE $areaId IS NULL
  RETURN n
  UNION
  MATCH (n:Area)-[:PART_OF]->{0,6}(:Area {id: $areaId})
  RETURN n
  UNION
  MATCH (n:Entity)-[:IN_AREA]->(:Area)-[:PART_OF]->{0,6}(:Area {id: $areaId})
  RETURN n
}
WITH collect(n) AS core
CALL (core) {
  UNWIND core AS c
  MATCH (c) (()-[]-(free:Entity) WHERE NOT EXISTS { (free)-[:IN_AREA]->(:Area) } AND NOT free:Area){1,4} (n)
  RETURN collect(DISTINCT n) AS linked
}
WITH core + [n IN linked WHERE NOT n IN core] AS scope
WITH scope, [n IN scope | n.id] AS ids
CALL (scope, ids) {
  UNWIND scope AS a
  MATCH (a)-[r]->(b:Entity)
  WITH a, r, b, b.id IN ids AS inside
  RETURN collect(CASE WHEN inside THEN {type: type(r), from: a.id, to: b.id, properties: r {.*}} END) AS relationships,
         count(CASE WHEN NOT inside THEN 1 END) AS outgoingOmitted
}
CALL (scope, ids) {
  UNWIND scope AS b
  MATCH (a:Entity)-[r]->(b)
  WHERE NOT a.id IN ids
  RETURN count(r) AS incomingOmitted
}
RETURN [n IN scope | n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       relationships,
       outgoingOmitted + incomingOmitted AS omittedRelationships,
       COLLECT { MATCH (d:Document) RETURN d {.file, .title, .date, .dateNote, .wholeStructure} AS document ORDER BY d.file } AS documents
