// How many governance nodes of each label the graph holds.
// Parameters: none.
MATCH (n:Entity)
UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
RETURN label, count(*) AS count
ORDER BY label
