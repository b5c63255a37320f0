// A summary of every node and relationship with all its properties, so that a
// second load can be shown to change nothing.
// Parameters: none.
MATCH (n:Entity)
OPTIONAL MATCH (n)-[r]->(m:Entity)
WITH n, collect(CASE WHEN r IS NULL THEN null ELSE [type(r), m.id, properties(r)] END) AS lines
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, lines
ORDER BY id
