// The graph rules find the areas a council governs by the council's id stored on the Area
// (graph/boards-near-nodes); without an index that was a scan of every Area, per file loaded.
CREATE INDEX area_council_id IF NOT EXISTS FOR (a:Area) ON (a.councilId);
