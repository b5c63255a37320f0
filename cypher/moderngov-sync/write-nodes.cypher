// Create or update the nodes one committee's sync changed, each with its IN_AREA line; a
// property given as null is removed. Dates arrive as YYYY-MM-DD text and are stored as dates.
// Parameters: $areaId, $nodes: [{id, label, properties, validTo}] (properties without validTo).
UNWIND $nodes AS node
MERGE (n:Entity {id: node.id})
ON CREATE SET n.version = 0
SET n:$(node.label)
SET n += node.properties, n.validTo = date(node.validTo), n.version = n.version + 1
WITH n
MATCH (a:Area {id: $areaId})
MERGE (n)-[line:IN_AREA]->(a)
ON CREATE SET line.version = 1, line.sources = n.sources
RETURN count(n) AS written
