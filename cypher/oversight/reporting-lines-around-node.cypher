// What lies around one entity on a date, for a diagram? Every entity within
// $depth lines of the root (lines of the chosen types, either direction; each
// node and line in force on the date; areas left out), nearest first, and every
// line of those types between them.
// Parameters: $rootId; $asOf (YYYY-MM-DD, or null for everything); $types; $depth (1-6); $limit (most nodes returned).
// Source: whichever documents the lines cite.
MATCH (root:Entity {id: $rootId})
WITH root, date($asOf) AS d
// Quantifier bounds must be literals, and a search bounded at 6 costs far more
// than one bounded at the depth asked; so one branch per common depth.
CALL (root, d) {
  WITH root, d WHERE $depth <= 1
  MATCH p = ANY SHORTEST (root)(()-[r]-(m:Entity)
      WHERE type(r) IN $types AND NOT m:Area
        AND (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
        AND (d IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= d) AND (m.validTo IS NULL OR m.validTo > d)))){0,1}(n)
  WHERE length(p) <= $depth
  RETURN n, length(p) AS distance
  UNION
  WITH root, d WHERE $depth = 2
  MATCH p = ANY SHORTEST (root)(()-[r]-(m:Entity)
      WHERE type(r) IN $types AND NOT m:Area
        AND (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
        AND (d IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= d) AND (m.validTo IS NULL OR m.validTo > d)))){0,2}(n)
  WHERE length(p) <= $depth
  RETURN n, length(p) AS distance
  UNION
  WITH root, d WHERE $depth = 3
  MATCH p = ANY SHORTEST (root)(()-[r]-(m:Entity)
      WHERE type(r) IN $types AND NOT m:Area
        AND (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
        AND (d IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= d) AND (m.validTo IS NULL OR m.validTo > d)))){0,3}(n)
  WHERE length(p) <= $depth
  RETURN n, length(p) AS distance
  UNION
  WITH root, d WHERE $depth > 3
  MATCH p = ANY SHORTEST (root)(()-[r]-(m:Entity)
      WHERE type(r) IN $types AND NOT m:Area
        AND (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
        AND (d IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= d) AND (m.validTo IS NULL OR m.validTo > d)))){0,6}(n)
  WHERE length(p) <= $depth
  RETURN n, length(p) AS distance
}
WITH root, d, n, distance
ORDER BY distance, n.name
WITH root, d, collect(n) AS found
WITH root, d, found[..toInteger($limit)] AS nodes, size(found) > toInteger($limit) AS truncated
RETURN
  [n IN nodes | n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
  COLLECT {
    UNWIND nodes AS a
    MATCH (a)-[r]->(b)
    WHERE b IN nodes AND type(r) IN $types
      AND (d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)))
    RETURN {
      type: type(r), from: a.id, to: b.id, validFrom: r.validFrom, validTo: r.validTo,
      description: r.description, ambiguity: r.ambiguity, sources: r.sources,
      lastEvidencedOn: CASE WHEN r.lastEvidencedRule IS NULL THEN null ELSE r.lastEvidencedOn END, lastEvidencedIn: r.lastEvidencedIn, statute: r.statute
    } AS edge
    ORDER BY edge.type, edge.from, edge.to
  } AS edges,
  truncated
