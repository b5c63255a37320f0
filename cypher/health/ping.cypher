// Does the database answer? Used by GET /health.
// Parameters: none.
RETURN 1 AS ok
