// Is there an area with this id or name? The review refuses an area filter that names none.
// Parameters: $area (an Area id or name).
// An id is sought in the index; only a text that is no area's id is compared with
// every area's name (there is no index on a lower-cased name).
CALL () {
  MATCH (a:Area {id: $area})
  RETURN a
  UNION
  UNWIND CASE WHEN EXISTS { MATCH (:Area {id: $area}) } THEN [] ELSE [true] END AS byName
  MATCH (a:Area)
  WHERE toLower(a.name) = toLower($area)
  RETURN a
}
RETURN a.id AS id, a.name AS name
ORDER BY a.id = $area DESC, a.id
LIMIT 1
