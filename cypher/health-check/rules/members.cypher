// Rules hwb-statutory-membership, safeguarding-partners and sector-breadth: who sits on the board
// on the date. Each member (MEMBER_OF, or CHAIRS: a chair sits on the board) with the posts it is
// or holds and the organisations it is, represents, or belongs to through a post; and the NHS
// commissioners of the board's area (and the areas within it), from which the relevant clinical
// commissioning groups of the Health and Social Care Act 2012 s194 are picked.
// Parameters: $boardId, $asOf (date string).
WITH date($asOf) AS d
MATCH (b:Board {id: $boardId})
RETURN COLLECT {
  MATCH (m:Entity)-[r:MEMBER_OF|CHAIRS]->(b)
  WHERE (m.validFrom IS NULL OR m.validFrom <= d) AND (m.validTo IS NULL OR m.validTo > d)
    AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
  RETURN {
    entity: m {.*, label: [l IN labels(m) WHERE l <> 'Entity'][0]},
    edge: r {.validFrom, .validTo, .sources, .description, .ambiguity, type: type(r), source: m.id, target: b.id},
    roles: CASE WHEN m:Role THEN [m {.id, .name, .kind, .aliases}] ELSE
      [(m)-[h:HOLDS_ROLE]->(x:Role)
        WHERE (x.validFrom IS NULL OR x.validFrom <= d) AND (x.validTo IS NULL OR x.validTo > d)
          AND (h.validFrom IS NULL OR h.validFrom <= d) AND (h.validTo IS NULL OR h.validTo > d)
        | x {.id, .name, .kind, .aliases}] END,
    organisations: CASE WHEN m:Organisation THEN [m {.id, .name, .kind, .aliases}] ELSE [] END
      + [p = (m)-[:REPRESENTS|ROLE_IN]->(o:Organisation)
        WHERE all(x IN nodes(p) + relationships(p) WHERE (x.validFrom IS NULL OR x.validFrom <= d) AND (x.validTo IS NULL OR x.validTo > d))
        | o {.id, .name, .kind, .aliases}]
      + [p = (m)-[:HOLDS_ROLE]->(:Role)-[:ROLE_IN]->(o:Organisation)
        WHERE all(x IN nodes(p) + relationships(p) WHERE (x.validFrom IS NULL OR x.validFrom <= d) AND (x.validTo IS NULL OR x.validTo > d))
        | o {.id, .name, .kind, .aliases}]
  }
  ORDER BY m.name
} AS members,
COLLECT {
  MATCH (o:Organisation {kind: 'NHS_COMMISSIONER'})-[:IN_AREA]->(:Area)-[:PART_OF*0..4]->(:Area)<-[:IN_AREA]-(b)
  WHERE (o.validFrom IS NULL OR o.validFrom <= d) AND (o.validTo IS NULL OR o.validTo > d)
  RETURN DISTINCT o {.*, label: 'Organisation'}
} AS areaCommissioners
,
// The date the board's area (or the nearest area it is part of that records one) moved from its
// LSCB to the safeguarding partners; null: the default of the rule applies.
head(COLLECT {
  MATCH (b)-[:IN_AREA]->(:Area)-[up:PART_OF*0..4]->(a:Area)
  WHERE a.safeguardingPartnersDate IS NOT NULL
  RETURN a.safeguardingPartnersDate AS partnersDate ORDER BY size(up)
}) AS safeguardingPartnersDate
