// The area named after a council's ModernGov site, for a sync given no area; an existing one is reused.
// Parameters: $areaId, $name, $source (a stored citation).
MERGE (a:Entity {id: $areaId})
ON CREATE SET a:Area, a.name = $name, a.searchText = $searchText, a.sources = [$source], a.version = 1, a.createdBySync = true
RETURN a {.id, .name} AS area
