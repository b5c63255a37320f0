// The source document accepted facts cite: the draft's document, recorded once.
// Parameters: $file, $title, $date (YYYY-MM-DD), $dateNote.
MERGE (d:Document {file: $file})
ON CREATE SET d.title = $title, d.date = date($date), d.dateNote = $dateNote
RETURN d.file AS file, toString(d.date) AS date
