// Which of the given areas lie within a role's areas: an area of the scope itself, or one
// PART_OF it through open lines (at any depth, up to 20 levels), counts.
// Parameters: $areaIds (the areas of what is being changed), $scope (the role's area ids).
// Returns one row per given area id, with inScope.
UNWIND $areaIds AS areaId
OPTIONAL MATCH path = (:Area {id: areaId})-[:PART_OF*0..20]->(top:Area)
WHERE top.id IN $scope AND all(line IN relationships(path) WHERE line.validTo IS NULL)
RETURN areaId, count(top) > 0 AS inScope
