// Delete every node and relationship (tests, and a deliberate reset). The
// schema (constraints, indexes) stays. Run in an auto-commit transaction.
// Parameters: none.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
