// Adds a node to areas and takes it out of others, leaving the rest of its areas alone: the open
// IN_AREA lines to $remove end on $today; lines to $add are drawn, or reopened when they had ended.
// Nothing is deleted. Parameters: $id, $add, $remove (Area ids), $today (YYYY-MM-DD), $sources.
// Returns each line touched, with its stored values before (null when new) and after.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[line:IN_AREA]->(old:Area)
  WHERE line.validTo IS NULL AND old.id IN $remove
  WITH old, line, line {.*} AS before
  SET line.validTo = date($today), line.version = coalesce(line.version, 1) + 1
  RETURN collect({to: old.id, before: before, after: line {.*}}) AS ended
}
CALL (n) {
  UNWIND $add AS areaId
  MATCH (a:Area {id: areaId})
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
