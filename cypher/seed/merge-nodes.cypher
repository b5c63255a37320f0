// Create or update the nodes one seed file states, citing that file.
// Citations from other documents are kept: a fact stated by two documents cites both.
// validFrom is the earliest date any document gives (or its own date); validTo is set only where a document states an end.
// Parameters: $sourcePrefix (start of this document's stored citations),
//   $nodes: [{id, label, properties, source, validFrom, validTo}].
UNWIND $nodes AS node
MERGE (n:Entity {id: node.id})
SET n:$(node.label)
SET n += node.properties
SET n.sources = [s IN coalesce(n.sources, []) WHERE NOT s STARTS WITH $sourcePrefix] + [node.source]
WITH n, node, date(node.validFrom) AS stated
SET n.validFrom = CASE WHEN n.validFrom IS NULL OR stated < n.validFrom THEN stated ELSE n.validFrom END,
    n.validTo = coalesce(date(node.validTo), n.validTo)
RETURN count(n) AS nodes
