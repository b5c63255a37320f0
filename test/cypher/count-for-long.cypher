// Counts for longer than any transaction timeout a test sets (a cross product
// of two long ranges): the error walk's trigger for GOV_QUERY_TIMEOUT.
// Parameters: $n (rows on each side).
UNWIND range(1, $n) AS a
UNWIND range(1, $n) AS b
RETURN count(*) AS pairs
