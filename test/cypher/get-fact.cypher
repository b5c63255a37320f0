// One relationship between two nodes, with its citations and validity: lets
// tests and people check a single fact of the seed data.
// Parameters: $from, $type, $to.
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type
RETURN type(r) AS type, r.sources AS sources, r.validFrom AS validFrom, r.validTo AS validTo
