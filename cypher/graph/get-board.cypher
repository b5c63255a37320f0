// The board a health check or a self-assessment is about; no row when there is none.
// Parameters: $boardId.
MATCH (b:Board {id: $boardId})
RETURN b {.*, label: 'Board'} AS board
