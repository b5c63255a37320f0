// Record a source document the graph cites.
// Parameters: $file, $title, $date (YYYY-MM-DD), $dateNote (or null).
MERGE (d:Document {file: $file})
SET d.title = $title, d.date = date($date), d.dateNote = $dateNote
