// A node moved to another area (or to none): its open IN_AREA lines to other areas end on $today;
// the line to the new area is drawn, or reopened when it had ended. Nothing is deleted.
// Parameters: $id, $areaId (or null), $today (YYYY-MM-DD), $sources (citations for a new line).
// Returns each line touched, with its stored values before (null when new) and after.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[line:IN_AREA]->(old:Area)
  WHERE line.validTo IS NULL AND old.id <> coalesce($areaId, '')
  WITH old, line, line {.*} AS before
  SET line.validTo = date($today), line.version = coalesce(line.version, 1) + 1
  RETURN collect({to: old.id, before: before, after: line {.*}}) AS ended
}
CALL (n) {
  MATCH (a:Area {id: $areaId})
  MERGE (n)-[line:IN_AREA]->(a)
  ON CREATE SET line.isNew = true
  WITH a, line, CASE WHEN line.isNew THEN null ELSE line {.*} END AS before
  WHERE before IS NULL OR before.validTo IS NOT NULL
  SET line.validFrom = coalesce(line.validFrom, date($today)),
      line.sources = coalesce(line.sources, $sources),
      line.validTo = null,
      line.version = CASE WHEN before IS NULL THEN 1 ELSE coalesce(line.version, 1) + 1 END
  REMOVE line.isNew
  RETURN collect({to: a.id, before: before, after: line {.*}}) AS started
}
RETURN ended + started AS lines
