// Governance nodes, optionally of one label, in one area (or an area within it),
// valid on a date. Parameters: $label (or null), $areaId (or null), $asOf (date or null), $limit.
MATCH (n:Entity)
WHERE ($label IS NULL OR $label IN labels(n))
  AND ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= date($asOf)) AND (n.validTo IS NULL OR n.validTo > date($asOf))))
  AND ($areaId IS NULL OR EXISTS { (n)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) } OR n.id = $areaId)
RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity
ORDER BY n.name
LIMIT toInteger($limit)
