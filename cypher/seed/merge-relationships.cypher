// Create or update the relationships one seed file states, citing that file; one
// relationship per (type, from, to). Both ends were merged earlier in the same transaction.
// Parameters: $sourcePrefix, $relationships: [{type, from, to, properties, source, validFrom, validTo}].
UNWIND $relationships AS rel
MATCH (a:Entity {id: rel.from})
MATCH (b:Entity {id: rel.to})
MERGE (a)-[r:$(rel.type)]->(b)
SET r += rel.properties
SET r.sources = [s IN coalesce(r.sources, []) WHERE NOT s STARTS WITH $sourcePrefix] + [rel.source]
WITH r, rel, date(rel.validFrom) AS stated
SET r.validFrom = CASE WHEN r.validFrom IS NULL OR stated < r.validFrom THEN stated ELSE r.validFrom END,
    r.validTo = coalesce(date(rel.validTo), r.validTo)
RETURN count(r) AS relationships
