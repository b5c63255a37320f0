// Create or update the relationships one seed file states, citing that file; one
// relationship per (type, from, to). Both ends were merged earlier in the same transaction.
// Properties: the newest document's wording wins; an older one only fills gaps (as for nodes).
// Parameters: $sourcePrefix, $documentDate, $relationships: [{type, from, to, properties, source, validFrom, validTo}].
UNWIND $relationships AS rel
MATCH (a:Entity {id: rel.from})
MATCH (b:Entity {id: rel.to})
MERGE (a)-[r:$(rel.type)]->(b)
SET r.sources = [s IN coalesce(r.sources, []) WHERE NOT s STARTS WITH $sourcePrefix] + [rel.source]
WITH r, rel, date($documentDate) AS documentDate, r.statedOn IS NULL OR date($documentDate) >= r.statedOn AS newest
FOREACH (_ IN CASE WHEN newest THEN [1] ELSE [] END | SET r += rel.properties, r.statedOn = documentDate)
FOREACH (key IN CASE WHEN newest THEN [] ELSE keys(rel.properties) END | SET r[key] = coalesce(r[key], rel.properties[key]))
WITH r, rel, date(rel.validFrom) AS stated
SET r.validFrom = CASE WHEN r.validFrom IS NULL OR stated < r.validFrom THEN stated ELSE r.validFrom END,
    r.validTo = coalesce(date(rel.validTo), r.validTo)
RETURN count(r) AS relationships
