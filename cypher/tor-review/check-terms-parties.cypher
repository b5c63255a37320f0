// Does the graph show what boards' terms of reference say: that the named chair chairs
// the board, that each required member is a member, that the board is accountable to
// each named body? Everything counted must be in force on the date.
// A chair counts directly, or through a post (Role) held. A member counts directly
// (MEMBER_OF; CHAIRS, as a chair sits on the board; a post of the board itself), through
// the organisation a person represents or a post belongs to, through a post held or a
// post's holder, or, for an organisation, through a person representing it or a post in it. When the graph lacks the line, the
// weaker lines that do link the two are returned as evidence.
// Parameters: $asOf (date string), $parties: [{boardId, id, role: 'CHAIR'|'MEMBER'|'ACCOUNTABLE_TO'}].
UNWIND $parties AS party
MATCH (b:Board {id: party.boardId})
WITH party, b, date($asOf) AS d
OPTIONAL MATCH (e:Entity {id: party.id})
  WHERE (e.validFrom IS NULL OR e.validFrom <= d) AND (e.validTo IS NULL OR e.validTo > d)
WITH party, b, d, e,
  CASE
    WHEN e IS NULL THEN []
    WHEN party.role = 'CHAIR' THEN
      [p = (e)-[:CHAIRS]->(b) | p]
      + [p = (e)<-[:HOLDS_ROLE]-(:Person)-[:CHAIRS]->(b) | p]
      + [p = (e)-[:HOLDS_ROLE]->(:Role)-[:CHAIRS]->(b) | p]
    WHEN party.role = 'MEMBER' THEN
      [p = (e)-[:MEMBER_OF|CHAIRS|ROLE_IN]->(b) | p]
      + [p = (e)-[:REPRESENTS|ROLE_IN]->(:Organisation)-[:MEMBER_OF]->(b) | p]
      + [p = (e)-[:HOLDS_ROLE]->(:Role)-[:CHAIRS|ROLE_IN]->(b) | p]
      + [p = (e)-[:HOLDS_ROLE]->(:Role)-[:ROLE_IN]->(:Organisation)-[:MEMBER_OF]->(b) | p]
      + [p = (e)<-[:HOLDS_ROLE]-(:Person)-[:MEMBER_OF|CHAIRS]->(b) | p]
      + [p = (e)<-[:REPRESENTS|ROLE_IN]-(:Entity)-[:MEMBER_OF|CHAIRS]->(b) | p]
      + [p = (e)<-[:ROLE_IN]-(:Role)<-[:HOLDS_ROLE]-(:Person)-[:MEMBER_OF|CHAIRS]->(b) | p]
    ELSE [p = (b)-[:ACCOUNTABLE_TO]->(e) | p]
  END AS candidates,
  CASE
    WHEN e IS NULL OR party.role <> 'ACCOUNTABLE_TO' THEN []
    ELSE [p = (b)-[:REPORTS_TO|SITS_WITHIN|OVERSEEN_BY|PART_OF|MEMBER_OF]->(e) | p]
      + [p = (b)-[:ACCOUNTABLE_TO|REPORTS_TO|SITS_WITHIN|OVERSEEN_BY]->(:Entity)-[:ACCOUNTABLE_TO|REPORTS_TO|SITS_WITHIN|OVERSEEN_BY]->(e) | p]
  END AS weakerCandidates
WITH party, e,
  [p IN candidates WHERE all(x IN nodes(p) + relationships(p)
    WHERE (x.validFrom IS NULL OR x.validFrom <= d) AND (x.validTo IS NULL OR x.validTo > d))] AS shown,
  [p IN weakerCandidates WHERE all(x IN nodes(p) + relationships(p)
    WHERE (x.validFrom IS NULL OR x.validFrom <= d) AND (x.validTo IS NULL OR x.validTo > d))] AS weaker
WITH party, e, shown, reduce(acc = [], p IN CASE WHEN size(shown) > 0 THEN shown ELSE weaker END |
  acc + [r IN relationships(p) WHERE NOT r IN acc]) AS edges
RETURN party.boardId AS boardId, party.id AS id, party.role AS role,
  CASE WHEN e IS NULL THEN null ELSE e {.*, label: [l IN labels(e) WHERE l <> 'Entity'][0]} END AS entity,
  size(shown) > 0 AS inGraph,
  [r IN edges | r {.validFrom, .validTo, .sources, .description, .ambiguity,
    type: type(r), source: startNode(r).id, target: endNode(r).id}] AS evidence
