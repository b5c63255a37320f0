// The whole-structure sections a source document is stored with (one JSON string {area, section}
// each), before a reload replaces them. Parameters: $file.
MATCH (d:Document {file: $file})
RETURN coalesce(d.wholeStructure, []) AS wholeStructure
