// Draws the lines that hold by statute (server/domain/statutory-lines.ts): from each board a rule
// applies to, to the council of its area: the Area's councilId, or else the only council in it,
// looking up through the areas it is part of. Each line cites the statute and keeps the board's
// dates (from the rule's start at the earliest). Lines the documents also state keep their citations.
// Parameters: $boardIds (the boards just written; null: every board), $rules: [{id, boardKind,
//   namePattern (a case-insensitive regular expression or null), type, source, statute, notBefore,
//   unlessPartOf}].
// Given ids, the boards are sought by id: a scan of every board grew with each council loaded.
CALL () {
  UNWIND coalesce($boardIds, []) AS boardId
  MATCH (b:Entity {id: boardId}) WHERE b:Board
  RETURN b
  UNION
  WITH 1 AS everyBoard WHERE $boardIds IS NULL
  MATCH (b:Board)
  RETURN b
}
UNWIND $rules AS rule
WITH rule, b
WHERE b.kind = rule.boardKind
  AND (rule.namePattern IS NULL OR any(t IN [b.name] + coalesce(b.aliases, []) WHERE t =~ ('(?i).*' + rule.namePattern + '.*')))
CALL (b) {
  MATCH (b)-[:IN_AREA]->(:Area)-[up:PART_OF*0..4]->(a:Area)
  WITH a, size(up) AS distance,
       COLLECT { MATCH (c:Organisation {kind: 'COUNCIL'}) WHERE c.id = a.councilId RETURN c } AS named,
       // From the area to its councils: written as a match, the planner scanned every Organisation instead.
       [(a)<-[:IN_AREA]-(c:Organisation) WHERE c.kind = 'COUNCIL' | c] AS within
  WITH distance, CASE WHEN size(named) > 0 THEN named[0] WHEN size(within) = 1 THEN within[0] END AS council
  WHERE council IS NOT NULL
  RETURN council ORDER BY distance, council.id LIMIT 1
}
WITH rule, b, council
WHERE NOT (rule.unlessPartOf AND EXISTS { (b)-[p:PART_OF]->(council) WHERE p.validTo IS NULL })
MERGE (b)-[r:$(rule.type)]->(council)
ON CREATE SET r.version = 1
WITH rule, b, council, r,
     CASE WHEN rule.notBefore IS NOT NULL AND (b.validFrom IS NULL OR b.validFrom < date(rule.notBefore)) THEN date(rule.notBefore) ELSE b.validFrom END AS start
SET r.sources = [s IN coalesce(r.sources, []) WHERE s <> rule.source] + [rule.source],
    r.statute = rule.statute,
    r.statutoryRule = rule.id,
    r.validFrom = start,
    r.validTo = CASE WHEN b.validTo IS NOT NULL AND b.validTo > start THEN b.validTo WHEN b.validTo IS NOT NULL THEN start ELSE null END,
    r.version = coalesce(r.version, 1)
RETURN count(r) AS lines
