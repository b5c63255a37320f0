// Create the relationships of one seed file that cannot exist yet because one end was created in
// this transaction (seed/create-nodes); the others go through seed/merge-relationships. For a new
// relationship this stores exactly what merge-relationships would.
// Parameters: $documentDate, $sources (the file's distinct citations), $relationships: [{type,
// from, to, properties, source (an index into $sources), validFrom, validTo}].
UNWIND $relationships AS rel
MATCH (a:Entity {id: rel.from})
MATCH (b:Entity {id: rel.to})
CREATE (a)-[r:$(rel.type)]->(b)
SET r += rel.properties,
    r.sources = [$sources[toInteger(rel.source)]],
    r.statedOn = date($documentDate),
    r.validFrom = date(rel.validFrom),
    r.validTo = date(rel.validTo)
RETURN count(r) AS relationships
