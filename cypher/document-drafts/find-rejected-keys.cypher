// Facts of this document (same text) that someone rejected in an earlier draft:
// drafting it again does not propose them.
// Parameters: $documentKey (SHA-256 of the text).
MATCH (f:DraftFact {documentKey: $documentKey, status: 'REJECTED'})
RETURN collect(DISTINCT f.key) AS keys
