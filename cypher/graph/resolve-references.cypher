// Which of these node ids and source documents exist? One round trip checks every
// reference an edit or an import makes (the node itself, its area, the ends of a line, citations).
// Parameters: $ids (node ids), $documents (document file names).
// Returns the label of each id (null when there is no such node) and the date of each document (null when not loaded).
RETURN
  [id IN $ids | {id: id, label: COLLECT { MATCH (n:Entity {id: id}) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] }[0]}] AS nodes,
  [file IN $documents | {file: file, date: COLLECT { MATCH (d:Document {file: file}) RETURN d.date }[0]}] AS documents
