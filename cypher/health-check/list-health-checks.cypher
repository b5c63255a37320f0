// Health checks the graph records for a board, newest first (001 3.18: the Partnership's June 2016
// check; 3.19: the locality boards' checks), leaving out those recorded after the date.
// Parameters: $boardId, $asOf (date string).
MATCH (b:Board {id: $boardId})-[r:HAD_HEALTH_CHECK]->(h:HealthCheck)
WHERE h.validFrom IS NULL OR h.validFrom <= date($asOf)
RETURN h {.*, label: 'HealthCheck'} AS healthCheck
ORDER BY coalesce(h.date, h.validFrom) DESC, h.name
