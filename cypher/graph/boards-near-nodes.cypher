// The boards whose graph rules (statutory lines, last-evidenced marks) a change to the given nodes
// can alter, so that an edit or an import redraws those instead of every board in the graph: the
// nodes themselves if boards; the boards with a line to or from them; and the boards in, or up to
// four PART_OF steps below, an area the nodes are or were in (an ended IN_AREA line still names the
// area a node left), a node that is itself an area, or an area whose councilId names a node (the
// statutory lines and the last-evidenced rule look that far up from a board's area).
// Parameters: $ids.
// The areas are gathered from every node first and walked down once: a file's hundred boards
// share a handful of areas.
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id}) WHERE n:Board
  RETURN n AS b
  UNION
  UNWIND $ids AS id
  MATCH (:Entity {id: id})--(b:Board)
  RETURN b
  UNION
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  CALL (n) {
    MATCH (n)-[:IN_AREA]->(a:Area)
    RETURN a
    UNION
    WITH n WHERE n:Area
    RETURN n AS a
    UNION
    MATCH (a:Area {councilId: n.id})
    RETURN a
  }
  WITH DISTINCT a
  MATCH (a)<-[:PART_OF*0..4]-(:Area)<-[:IN_AREA]-(b:Board)
  RETURN b
}
RETURN collect(DISTINCT b.id) AS boardIds
