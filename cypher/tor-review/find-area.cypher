// Is there an area with this id or name? The review refuses an area filter that names none.
// Parameters: $area (an Area id or name).
MATCH (a:Area)
WHERE a.id = $area OR toLower(a.name) = toLower($area)
RETURN a.id AS id, a.name AS name
LIMIT 1
