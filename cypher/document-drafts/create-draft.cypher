// Store a new draft: the document's text (contact details masked), who made it,
// and every proposed fact, none of them decided yet. No governance node is touched.
// Parameters: $draft {id, title, date, areaId, format, documentFile, documentKey, text, pages (JSON),
//   pageCount, createdBy, createdById, createdAt, skippedRejected}, $facts (each with id, seq, key,
//   documentKey, kind, subject fields, object fields, value, quote, start, end, page, section, confidence, rule).
CREATE (d:DocumentDraft)
SET d = $draft
WITH d
CALL (d) {
  UNWIND $facts AS fact
  CREATE (d)-[:PROPOSES]->(f:DraftFact)
  SET f = fact, f.status = 'PROPOSED'
}
RETURN d.id AS id
