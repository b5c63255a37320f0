// How many relationships of each type join governance nodes.
// Parameters: none.
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
