// Rule upward-accountability: the lines from the board upward on the date: ACCOUNTABLE_TO,
// REPORTS_TO and OVERSEEN_BY (lines of accountability), SITS_WITHIN and PART_OF (framework and
// composition only), each with the body at the far end.
// Parameters: $boardId, $asOf (date string).
WITH date($asOf) AS d
MATCH (b:Board {id: $boardId})
RETURN [(b)-[r:ACCOUNTABLE_TO|REPORTS_TO|OVERSEEN_BY|SITS_WITHIN|PART_OF|COMMITTEE_OF|EXECUTIVE_OF]->(t:Entity)
  WHERE (t.validFrom IS NULL OR t.validFrom <= d) AND (t.validTo IS NULL OR t.validTo > d)
    AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
  | {entity: t {.*, label: [l IN labels(t) WHERE l <> 'Entity'][0]},
     edge: r {.validFrom, .validTo, .sources, .description, .ambiguity, lastEvidencedOn: CASE WHEN r.lastEvidencedRule IS NULL THEN null ELSE r.lastEvidencedOn END, .lastEvidencedIn, .statute, type: type(r), source: b.id, target: t.id}}] AS lines
