// The areas each node belongs to: its open IN_AREA lines, its areaId (or areaIds), and the node
// itself when it is an Area (an area lies within its own scope). A missing node returns no row.
// Parameters: $ids (node ids).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n)-[line:IN_AREA]->(area:Area)
WHERE line.validTo IS NULL
WITH n, collect(area.id) + coalesce(n.areaIds, []) + CASE WHEN n.areaId IS NULL THEN [] ELSE [n.areaId] END + CASE WHEN n:Area THEN [n.id] ELSE [] END AS areas
RETURN n.id AS id, reduce(unique = [], area IN areas | CASE WHEN area IN unique THEN unique ELSE unique + area END) AS areaIds
