// Create the nodes of one seed file that the graph does not hold yet (seed/existing-ids found the
// rest, which seed/merge-nodes updates). For a new node this stores exactly what merge-nodes would:
// this file's citation, its properties, statedOn the document's date, validFrom and validTo as stated.
// Parameters: $documentDate, $sources (the file's distinct citations), $nodes: [{id, label,
// properties, source (an index into $sources), validFrom, validTo}].
UNWIND $nodes AS node
CREATE (n:Entity {id: node.id})
SET n:$(node.label)
SET n += node.properties,
    n.sources = [$sources[toInteger(node.source)]],
    n.statedOn = date($documentDate),
    n.validFrom = date(node.validFrom),
    n.validTo = date(node.validTo)
RETURN count(n) AS nodes
