// Does the graph hold any governance data yet? Decides whether start-up seeds it.
// Parameters: none.
MATCH (n:Entity)
RETURN count(n) AS count
