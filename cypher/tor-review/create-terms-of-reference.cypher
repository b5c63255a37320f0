// Write one version of a board's terms of reference as entered by a user. When it
// revises an earlier version, that version and its HAS_TERMS_OF_REFERENCE line end on the
// day the new one starts, and the new one REPLACES it: history is never deleted.
// Parameters: $boardId, $replacesId (or null), $source (encoded citation: entered by user),
//   $terms: {id, name, searchText, areaId, validFrom, version, purpose, chair, membership,
//   membershipText, quorum, meetingFrequency, accountableTo, adoptedOn, reviewDue, status}.
MATCH (b:Board {id: $boardId})
CREATE (t:Entity:TermsOfReference {id: $terms.id})
SET t.name = $terms.name,
    t.aliases = [],
    t.searchText = $terms.searchText,
    t.areaId = $terms.areaId,
    t.validFrom = date($terms.validFrom),
    t.sources = [$source],
    t.version = toInteger($terms.version),
    t.purpose = $terms.purpose,
    t.chair = $terms.chair,
    t.membership = $terms.membership,
    t.membershipText = $terms.membershipText,
    t.quorum = toInteger($terms.quorum),
    t.meetingFrequency = $terms.meetingFrequency,
    t.accountableTo = $terms.accountableTo,
    t.adoptedOn = date($terms.adoptedOn),
    t.reviewDue = date($terms.reviewDue),
    t.status = $terms.status
CREATE (b)-[:HAS_TERMS_OF_REFERENCE {validFrom: t.validFrom, sources: t.sources}]->(t)
WITH b, t
CALL (b, t) {
  MATCH (b)-[:IN_AREA]->(a:Area)
  CREATE (t)-[:IN_AREA {validFrom: t.validFrom, sources: t.sources}]->(a)
}
CALL (b, t) {
  MATCH (old:TermsOfReference {id: $replacesId})
  SET old.validTo = t.validFrom
  CREATE (t)-[:REPLACES {validFrom: t.validFrom, sources: t.sources}]->(old)
  WITH old, t, b
  OPTIONAL MATCH (b)-[h:HAS_TERMS_OF_REFERENCE]->(old)
  WHERE h.validTo IS NULL
  SET h.validTo = t.validFrom
}
RETURN t.id AS id, t.validFrom AS validFrom
