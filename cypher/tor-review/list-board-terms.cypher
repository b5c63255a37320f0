// Which boards were in force on a date, and which terms of reference did each have then?
// One row per board: the board, the terms in force (null when none) and the versions
// those terms replaced (REPLACES chain).
// Parameters: $asOf (date string), $area (an Area id, as tor-review/find-area found it from an id or a name,
//   covering the areas within it; or null),
//   $boardId (one board; or null for all).
// Source: 001 3.19 (the Partnership's and the Locality Boards' terms under review).
// With an area, walk in from the area, so that the cost follows the area and not the country.
// A WHERE on the parameters alone is checked after a label scan, so each branch that
// must not run is stopped before its MATCH by an empty UNWIND instead.
CALL () {
  UNWIND CASE WHEN $area IS NULL AND $boardId IS NULL THEN [true] ELSE [] END AS everyBoard
  MATCH (b:Board)
  RETURN b
  UNION
  UNWIND CASE WHEN $area IS NULL THEN [$boardId] ELSE [] END AS oneBoard
  MATCH (b:Board {id: oneBoard})
  RETURN b
  UNION
  // By id only: with "id or name" the planner cannot seek the area and walked out
  // from every board in the country instead (1.8 million db hits at 1,500 councils).
  MATCH (a:Area {id: $area})
  MATCH (b:Board)-[:IN_AREA]->(:Area)-[:PART_OF*0..4]->(a)
  WHERE $boardId IS NULL OR b.id = $boardId
  RETURN b
}
WITH b, date($asOf) AS d
WHERE (b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo > d)
OPTIONAL CALL (b, d) {
  MATCH (b)-[h:HAS_TERMS_OF_REFERENCE]->(t:TermsOfReference)
  WHERE (t.validFrom IS NULL OR t.validFrom <= d) AND (t.validTo IS NULL OR t.validTo > d)
    AND (h.validFrom IS NULL OR h.validFrom <= d) AND (h.validTo IS NULL OR h.validTo > d)
  RETURN t
  ORDER BY t.validFrom DESC, coalesce(t.version, 1) DESC
  LIMIT 1
}
RETURN b {.*, label: 'Board'} AS board,
  CASE WHEN t IS NULL THEN null ELSE t {.*, label: 'TermsOfReference'} END AS terms,
  CASE WHEN t IS NULL THEN [] ELSE
    [(t)-[:REPLACES*1..25]->(old:TermsOfReference) | old {.*, label: 'TermsOfReference'}]
  END AS previousVersions
ORDER BY b.name
