// The seed loader finds the areas a council governs by the council's id stored on the Area
// (seed/boards-near-areas); without an index that was a scan of every Area, per file loaded.
CREATE INDEX area_council_id IF NOT EXISTS FOR (a:Area) ON (a.councilId);
