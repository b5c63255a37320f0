// Create or update the nodes one seed file states, citing that file.
// Citations from other documents are kept: a fact stated by two documents cites both.
// Properties: the newest document's wording wins; an older document only fills
// properties no newer one gave, so the result does not depend on load order.
// validFrom is the earliest start any document gives; validTo is set only where a document states an end.
// Parameters: $sourcePrefix (start of this document's stored citations), $documentDate,
//   $nodes: [{id, label, properties, source, validFrom, validTo}].
UNWIND $nodes AS node
MERGE (n:Entity {id: node.id})
SET n:$(node.label)
SET n.sources = [s IN coalesce(n.sources, []) WHERE NOT s STARTS WITH $sourcePrefix] + [node.source]
WITH n, node, date($documentDate) AS documentDate, n.statedOn IS NULL OR date($documentDate) >= n.statedOn AS newest
FOREACH (_ IN CASE WHEN newest THEN [1] ELSE [] END | SET n += node.properties, n.statedOn = documentDate)
FOREACH (key IN CASE WHEN newest THEN [] ELSE keys(node.properties) END | SET n[key] = coalesce(n[key], node.properties[key]))
WITH n, node, date(node.validFrom) AS stated
SET n.validFrom = CASE WHEN n.validFrom IS NULL OR stated < n.validFrom THEN stated ELSE n.validFrom END,
    n.validTo = coalesce(date(node.validTo), n.validTo)
RETURN count(n) AS nodes
