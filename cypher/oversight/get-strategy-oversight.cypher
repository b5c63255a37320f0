// Who leads a strategy, and where do its accountability routes start, as it stood on a date?
// Its leads (with the posts they hold and the organisations they act for), its
// governance and reporting body (GOVERNED_THROUGH), its oversight body
// (OVERSEEN_BY), the bodies that lead it (LEADS from a Board or Organisation:
// a plan owned by a partnership answers through it), and the bodies that
// approve, endorse or consider it. The routes above the first bodies are
// walked by oversight/walk-upward-lines.
// Parameters: $strategyId; $asOf (YYYY-MM-DD, or null for everything whatever its dates).
// Source: 004 section 4 (lead member(s), governance and reporting, oversight role); 001 3.15-3.16 (approval route).
MATCH (s:Strategy {id: $strategyId})
WITH s, date($asOf) AS d
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
    ORDER BY lead.name
  } AS leads,
  COLLECT {
    MATCH (s)-[r]-(b:Entity)
    WHERE ((startNode(r) = s AND type(r) IN ['GOVERNED_THROUGH', 'OVERSEEN_BY'])
        OR (endNode(r) = s AND type(r) = 'LEADS' AND (b:Board OR b:Organisation)))
      AND (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
      AND (d IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo > d)))
    RETURN {
      type: type(r), from: s.id, to: b.id, validFrom: r.validFrom, validTo: r.validTo,
      description: r.description, ambiguity: r.ambiguity, sources: r.sources
    } AS start
    ORDER BY start.type, b.name
  } AS starts,
  COLLECT {
    MATCH (b:Entity)-[r:APPROVES|ENDORSES|CONSIDERS]->(s)
    WHERE (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
      AND (d IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo > d)))
    RETURN {
      line: {
        type: type(r), from: b.id, to: s.id, validFrom: r.validFrom, validTo: r.validTo,
        description: r.description, ambiguity: r.ambiguity, sources: r.sources
      },
      entity: b {.*, label: [l IN labels(b) WHERE l <> 'Entity'][0]}
    } AS approval
    ORDER BY approval.line.type, b.name
  } AS approvals
