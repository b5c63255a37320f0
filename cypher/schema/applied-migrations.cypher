// Which schema migrations has this database already applied?
// Parameters: none. Returns one row per applied migration id.
MATCH (m:Migration)
RETURN m.id AS id
