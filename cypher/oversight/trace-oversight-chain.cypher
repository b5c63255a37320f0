// Who oversees a strategy, as it stood on a date? In one answer: its leads (with
// the posts they hold and the organisations they act for); the first bodies of
// its routes: its governance and reporting body (GOVERNED_THROUGH), its
// oversight body (OVERSEEN_BY) and the bodies that lead it (LEADS from a Board or
// Organisation: a plan owned by a partnership answers through it); the bodies
// that approve, endorse or consider it; and every body above the first bodies
// along ACCOUNTABLE_TO, REPORTS_TO, SITS_WITHIN, OVERSEEN_BY and PART_OF (at
// most 15 steps, so a cycle is never followed forever), each with its own
// upward lines and its chairs. Routes, tops, cycles and gaps are worked out from this answer
// (server/jobs/oversight/chain-answer.ts).
// Parameters: $strategyId; $asOf (YYYY-MM-DD, or null for everything whatever its dates).
// Source: 004 section 4 (lead member(s), governance and reporting, oversight role; "the Success for All
//   Children Group is accountable to the Southend Health and Wellbeing board"); 001 3.15-3.16 (approval route).
MATCH (s:Strategy {id: $strategyId})
WITH s, date($asOf) AS d
CALL (s, d) {
  OPTIONAL MATCH (s)-[r]-(b:Entity)
  WHERE ((startNode(r) = s AND type(r) IN ['GOVERNED_THROUGH', 'OVERSEEN_BY'])
      OR (endNode(r) = s AND type(r) = 'LEADS' AND (b:Board OR b:Organisation)))
    AND (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
    AND (d IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo > d)))
  WITH r, b
  ORDER BY type(r), b.name
  RETURN collect(CASE WHEN r IS NOT NULL THEN {
    type: type(r), from: s.id, to: b.id, validFrom: r.validFrom, validTo: r.validTo,
    description: r.description, ambiguity: r.ambiguity, sources: r.sources,
      lastEvidencedOn: CASE WHEN r.lastEvidencedRule IS NULL THEN null ELSE r.lastEvidencedOn END, lastEvidencedIn: r.lastEvidencedIn, statute: r.statute
  } END) AS starts
}
CALL (d, starts) {
  UNWIND starts AS first
  MATCH (start:Entity {id: first.to})
  MATCH (start)(()-[u:ACCOUNTABLE_TO|REPORTS_TO|SITS_WITHIN|OVERSEEN_BY|PART_OF|COMMITTEE_OF|EXECUTIVE_OF]->(m:Board|Organisation)
      WHERE (d IS NULL OR ((u.validFrom IS NULL OR u.validFrom <= d) AND (u.validTo IS NULL OR u.validTo > d)))
        AND (d IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= d) AND (m.validTo IS NULL OR m.validTo > d)))){0,15}(body)
  WITH DISTINCT body
  ORDER BY body.name
  RETURN collect({
    body: body {.*, label: [l IN labels(body) WHERE l <> 'Entity'][0]},
    lines: COLLECT {
      MATCH (body)-[u:ACCOUNTABLE_TO|REPORTS_TO|SITS_WITHIN|OVERSEEN_BY|PART_OF|COMMITTEE_OF|EXECUTIVE_OF]->(above:Board|Organisation)
      WHERE (d IS NULL OR ((u.validFrom IS NULL OR u.validFrom <= d) AND (u.validTo IS NULL OR u.validTo > d)))
        AND (d IS NULL OR ((above.validFrom IS NULL OR above.validFrom <= d) AND (above.validTo IS NULL OR above.validTo > d)))
      RETURN {
        line: {
          type: type(u), from: body.id, to: above.id, validFrom: u.validFrom, validTo: u.validTo,
          description: u.description, ambiguity: u.ambiguity, sources: u.sources,
      lastEvidencedOn: CASE WHEN u.lastEvidencedRule IS NULL THEN null ELSE u.lastEvidencedOn END, lastEvidencedIn: u.lastEvidencedIn, statute: u.statute
        },
        entity: above {.*, label: [l IN labels(above) WHERE l <> 'Entity'][0]}
      } AS upward
      ORDER BY upward.line.type, above.name
    },
    chairs: COLLECT {
      MATCH (chair:Person|Role)-[c:CHAIRS]->(body)
      WHERE (d IS NULL OR ((c.validFrom IS NULL OR c.validFrom <= d) AND (c.validTo IS NULL OR c.validTo > d)))
        AND (d IS NULL OR ((chair.validFrom IS NULL OR chair.validFrom <= d) AND (chair.validTo IS NULL OR chair.validTo > d)))
      RETURN chair {.*, label: [l IN labels(chair) WHERE l <> 'Entity'][0]} AS chair
      ORDER BY chair.name
    }
  }) AS bodies
}
RETURN
  s {.*, label: 'Strategy'} AS strategy,
  (d IS NULL OR ((s.validFrom IS NULL OR s.validFrom <= d) AND (s.validTo IS NULL OR s.validTo > d))) AS inForce,
  COLLECT {
    MATCH (lead:Entity)-[r:LEADS]->(s)
    WHERE (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
      AND (d IS NULL OR ((lead.validFrom IS NULL OR lead.validFrom <= d) AND (lead.validTo IS NULL OR lead.validTo > d)))
    RETURN {
      entity: lead {.*, label: [l IN labels(lead) WHERE l <> 'Entity'][0]},
      sources: r.sources,
      roles: COLLECT {
        MATCH (lead)-[h:HOLDS_ROLE]->(role:Role)
        WHERE (d IS NULL OR ((h.validFrom IS NULL OR h.validFrom <= d) AND (h.validTo IS NULL OR h.validTo > d)))
          AND (d IS NULL OR ((role.validFrom IS NULL OR role.validFrom <= d) AND (role.validTo IS NULL OR role.validTo > d)))
        RETURN role {.*, label: 'Role'}
      },
      organisations: COLLECT {
        MATCH (lead)-[x:REPRESENTS]->(o:Organisation)
        WHERE (d IS NULL OR ((x.validFrom IS NULL OR x.validFrom <= d) AND (x.validTo IS NULL OR x.validTo > d)))
          AND (d IS NULL OR ((o.validFrom IS NULL OR o.validFrom <= d) AND (o.validTo IS NULL OR o.validTo > d)))
        RETURN o {.*, label: 'Organisation'}
      }
    } AS lead
    ORDER BY lead.entity.name
  } AS leads,
  starts,
  COLLECT {
    MATCH (b:Entity)-[r:APPROVES|ENDORSES|CONSIDERS]->(s)
    WHERE (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
      AND (d IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo > d)))
    RETURN {
      line: {
        type: type(r), from: b.id, to: s.id, validFrom: r.validFrom, validTo: r.validTo,
        description: r.description, ambiguity: r.ambiguity, sources: r.sources,
      lastEvidencedOn: CASE WHEN r.lastEvidencedRule IS NULL THEN null ELSE r.lastEvidencedOn END, lastEvidencedIn: r.lastEvidencedIn, statute: r.statute
      },
      entity: b {.*, label: [l IN labels(b) WHERE l <> 'Entity'][0]}
    } AS approval
    ORDER BY approval.line.type, b.name
  } AS approvals,
  bodies
