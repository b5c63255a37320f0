// The source documents loaded into the graph, oldest first.
// Parameters: none.
MATCH (d:Document)
RETURN d {.file, .title, .date} AS document
ORDER BY d.date, d.file
