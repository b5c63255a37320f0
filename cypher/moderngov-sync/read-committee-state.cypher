// What the graph holds for one committee before a sync writes it: the nodes the sync means to
// write (by id) and the lines it manages (chairs and members of the board, what its people represent).
// Parameters: $nodeIds, $boardId, $personIds.
RETURN
  COLLECT { MATCH (n:Entity) WHERE n.id IN $nodeIds RETURN n {.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} } AS nodes,
  COLLECT {
    MATCH (p:Entity)-[r:CHAIRS|MEMBER_OF]->(:Board {id: $boardId})
    RETURN {type: type(r), from: p.id, to: $boardId, properties: r {.*}} AS line
    UNION
    MATCH (p:Person)-[r:REPRESENTS]->(o:Organisation) WHERE p.id IN $personIds
    RETURN {type: type(r), from: p.id, to: o.id, properties: r {.*}} AS line
  } AS lines
