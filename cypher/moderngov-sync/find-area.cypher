// The area a sync writes into, when it exists. Parameters: $areaId.
OPTIONAL MATCH (a:Area {id: $areaId})
RETURN a {.id, .name} AS area
