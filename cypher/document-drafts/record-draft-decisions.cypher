// Record who accepted or rejected which facts, with what they corrected and what was written.
// Parameters: $id, $actor, $actorId, $at, $decisions [{id, status, written, edited (JSON or null)}].
MATCH (d:DocumentDraft {id: $id})
UNWIND $decisions AS decision
MATCH (d)-[:PROPOSES]->(f:DraftFact {id: decision.id})
SET f.status = decision.status,
    f.decidedBy = $actor,
    f.decidedById = $actorId,
    f.decidedAt = $at,
    f.written = decision.written,
    f.edited = decision.edited
RETURN count(f) AS decided
