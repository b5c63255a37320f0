// A query Neo4j refuses at run time (division by zero): the error walk's
// trigger for GOV_DB_QUERY_FAILED. Parameters: $zero (0).
RETURN 1 / toInteger($zero) AS never
