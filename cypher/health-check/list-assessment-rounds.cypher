// A board's self-assessment rounds against the six principles of the Partnership Assessment Tool
// (Hardy, Hudson and Waddington, Nuffield Institute for Health, 2003), newest first: each round with
// the current response of every partner and, per response, the responses it replaced; and the
// partners invited through their own links, with how far each has got.
// Parameters: $boardId, $asOf (date string: rounds opened on or before it; or null: every round).
MATCH (round:AssessmentRound)-[:ASSESSES]->(b:Board {id: $boardId})
WHERE $asOf IS NULL OR round.openedOn <= date($asOf)
RETURN round {.id, .name, .openedOn, .createdAt, .closedOn} AS round,
  COLLECT {
    MATCH (response:AssessmentResponse)-[:IN_ROUND]->(round)
    WHERE NOT EXISTS { (:AssessmentResponse)-[:REPLACES]->(response) }
    MATCH (response)-[:FROM_PARTNER]->(o:Organisation)
    RETURN {
      response: response {.id, .version, .recordedAt, .principles, .scores, .comments},
      partner: o {.*, label: 'Organisation'},
      partnerIsMember: EXISTS { MATCH (o)-[m:MEMBER_OF]->(b) WHERE m.validTo IS NULL OR m.validTo > date() },
      history: [(response)-[:REPLACES*1..50]->(old:AssessmentResponse) | old {.id, .version, .recordedAt, .principles, .scores, .comments}]
    }
    ORDER BY o.name
  } AS responses,
  COLLECT {
    MATCH (i:PartnerInvitation)-[:FOR_ROUND]->(round)
    MATCH (i)-[:INVITES]->(o:Organisation)
    RETURN {
      invitation: i {.id, .expiresAt, .issuedAt, .linksIssued, .openedAt, .draftSavedAt, .revokedAt},
      partner: o {.*, label: 'Organisation'},
      submissions: COUNT { (r:AssessmentResponse)-[:IN_ROUND]->(round) WHERE (r)-[:FROM_PARTNER]->(o) AND r.viaInvitation = i.id },
      submittedAt: head(COLLECT { MATCH (r:AssessmentResponse)-[:IN_ROUND]->(round) WHERE (r)-[:FROM_PARTNER]->(o) AND r.viaInvitation = i.id RETURN r.recordedAt ORDER BY r.recordedAt DESC })
    }
    ORDER BY o.name
  } AS invitations
ORDER BY round.openedOn DESC, round.createdAt DESC
