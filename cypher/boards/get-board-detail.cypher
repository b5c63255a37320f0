// One board with its chairs, members, and the strategies governed through it or overseen
// by it with each strategy's leads: the whole nested read of a board page in one query.
// A fact is in force on $asOf when validFrom <= $asOf < validTo; a null $asOf keeps everything.
// Nodes are projected with the fields of the GraphQL Entity type only: a board page can list
// a hundred strategies, and the search text and other stored properties would triple the answer.
// Parameters: $id (board id), $asOf (YYYY-MM-DD, or null).
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS d
MATCH (b:Board {id: $id})
WHERE d IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo > d))
RETURN b {.id, .name, .kind, .aliases, .areaId, .description, .ambiguity, .validFrom, .validTo, .sources, label: 'Board'} AS board,
  COLLECT {
    MATCH (c)-[r:CHAIRS]->(b)
    WHERE d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
      AND (c.validFrom IS NULL OR c.validFrom <= d) AND (c.validTo IS NULL OR c.validTo > d))
    WITH DISTINCT c ORDER BY c.name
    RETURN c {.id, .name, .kind, .aliases, .areaId, .description, .ambiguity, .validFrom, .validTo, .sources, label: [l IN labels(c) WHERE l <> 'Entity'][0]}
  } AS chairs,
  COLLECT {
    MATCH (m)-[r:MEMBER_OF]->(b)
    WHERE d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
      AND (m.validFrom IS NULL OR m.validFrom <= d) AND (m.validTo IS NULL OR m.validTo > d))
    WITH DISTINCT m ORDER BY m.name
    RETURN m {.id, .name, .kind, .aliases, .areaId, .description, .ambiguity, .validFrom, .validTo, .sources, label: [l IN labels(m) WHERE l <> 'Entity'][0]}
  } AS members,
  COLLECT {
    MATCH (s:Strategy)-[r:GOVERNED_THROUGH|OVERSEEN_BY]->(b)
    WHERE d IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo > d)
      AND (s.validFrom IS NULL OR s.validFrom <= d) AND (s.validTo IS NULL OR s.validTo > d))
    WITH s, collect(DISTINCT type(r)) AS roles ORDER BY s.name
    RETURN {
      strategy: s {.id, .name, .kind, .aliases, .areaId, .description, .ambiguity, .validFrom, .validTo, .sources, .periodStart, .periodEnd, label: 'Strategy'},
      roles: roles,
      leads: COLLECT {
        MATCH (l)-[q:LEADS]->(s)
        WHERE d IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= d) AND (q.validTo IS NULL OR q.validTo > d)
          AND (l.validFrom IS NULL OR l.validFrom <= d) AND (l.validTo IS NULL OR l.validTo > d))
        WITH DISTINCT l ORDER BY l.name
        RETURN l {.id, .name, .kind, .aliases, .areaId, .description, .ambiguity, .validFrom, .validTo, .sources, label: [x IN labels(l) WHERE x <> 'Entity'][0]}
      }
    }
  } AS strategies
