// A person as a seed document would state them, with no ModernGov identity, so that a sync's
// match proposals can be tested. Parameters: $id, $name, $searchText.
CREATE (p:Entity:Person {id: $id, name: $name, searchText: $searchText, version: 1,
  sources: ['{"document":"901_00000000000000aa.txt","section":"2","date":"2024-01-01"}']})
RETURN p.id AS id
