// Which of these ids name entities, and with which label? Used to check the ids a
// user enters in terms of reference before anything is written.
// Parameters: $ids.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id, CASE WHEN e IS NULL THEN null ELSE [l IN labels(e) WHERE l <> 'Entity'][0] END AS label
