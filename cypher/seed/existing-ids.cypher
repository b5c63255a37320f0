// Which of a seed file's node ids the graph already holds, so that the loader creates the
// others outright instead of merging them. Parameters: $ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id
