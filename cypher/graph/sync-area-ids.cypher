// Keeps each node's areaIds equal to the areas its open IN_AREA lines reach, so that the answers
// that read the property and the queries that walk the lines agree. The order the writer stated
// is kept (the first is the one `areaId` names); areas drawn otherwise follow, by id. A stored
// single areaId from before areas were lists is folded in and removed.
// Parameters: $ids (the nodes just written).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, COLLECT { MATCH (n)-[line:IN_AREA]->(a:Area) WHERE line.validTo IS NULL RETURN a.id ORDER BY a.id } AS open,
     coalesce(n.areaIds, CASE WHEN n.areaId IS NULL THEN [] ELSE [n.areaId] END) AS stated
WITH n, [x IN stated WHERE x IN open] + [x IN open WHERE NOT x IN stated] AS areaIds
SET n.areaIds = areaIds
REMOVE n.areaId
RETURN count(n) AS nodes
