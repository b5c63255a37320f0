// Record which sections of a source document describe an area's whole structure (the
// last-evidenced rule compares such descriptions). Parameters: $file, $wholeStructure (one JSON
// string {area, section} each; an empty list clears them).
MATCH (d:Document {file: $file})
SET d.wholeStructure = CASE WHEN size($wholeStructure) = 0 THEN null ELSE $wholeStructure END
