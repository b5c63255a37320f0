// The boards a seed file can change the graph rules' answers for: those in one of the file's
// areas, or in an area whose councilId names one of its organisations, or in an area up to four
// PART_OF steps below such an area (the statutory lines and the last-evidenced rule look that far
// up from a board's area). Parameters: $areaIds, $organisationIds.
CALL () {
  UNWIND $areaIds AS areaId
  MATCH (a:Entity {id: areaId}) WHERE a:Area
  RETURN a
  UNION
  MATCH (a:Area) WHERE a.councilId IN $organisationIds
  RETURN a
}
MATCH (a)<-[:PART_OF*0..4]-(:Area)<-[:IN_AREA]-(b:Board)
RETURN collect(DISTINCT b.id) AS boardIds
