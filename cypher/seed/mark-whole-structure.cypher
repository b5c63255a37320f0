// Record which sections of a source document describe an area's whole structure (the
// last-evidenced rule compares such descriptions), and the areas they describe, which that rule
// filters documents by. Parameters: $file, $wholeStructure (one JSON string {area, section} each;
// an empty list clears them), $areas (the distinct areas of those marks).
MATCH (d:Document {file: $file})
SET d.wholeStructure = CASE WHEN size($wholeStructure) = 0 THEN null ELSE $wholeStructure END,
    d.wholeStructureAreas = CASE WHEN size($areas) = 0 THEN null ELSE $areas END
