// How many synthetic councils of one seed does the graph already hold? Each
// council cites a document of its own (900_c<council>e<seed>.txt), so a bench
// that keeps its data between runs loads only the councils still missing.
// Parameters: $seedSuffix (the end of the file name: e<seed as 7 hex digits>.txt).
MATCH (d:Document)
WHERE d.file STARTS WITH '900_c' AND d.file ENDS WITH $seedSuffix
RETURN count(d) AS councils
