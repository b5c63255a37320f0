// The lines that already join node pairs an accepting draft writes, with their citations.
// Parameters: $lines [{type, from, to}].
UNWIND $lines AS line
OPTIONAL MATCH (:Entity {id: line.from})-[r]->(:Entity {id: line.to})
WHERE type(r) = line.type
RETURN line.type AS type, line.from AS from, line.to AS to, r.sources AS sources
